using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

public sealed record ProfileLanguage(string Language, LanguageProficiency Proficiency);

public sealed record ProfileTeam(Guid Id, string Name, bool Supervises);

/// <summary>Everything a profile shows about one staff member, read in one query.</summary>
public sealed record StaffProfile(
    Guid Id,
    string LegalFirstName,
    string LegalLastName,
    string? PreferredName,
    string? Pronouns,
    JobFamily JobFamily,
    string? JobTitle,
    string Organization,
    string? Site,
    Guid? SupervisorId,
    string? Supervisor,
    DateOnly? HireDate,
    decimal Fte,
    EmploymentStatus Status,
    DateOnly? SeparationDate,
    string? SeparationReason,
    string? Email,
    string? Phone,
    string? Account,
    List<ProfileLanguage> Languages,
    List<ProfileTeam> MemberOf,
    List<ProfileTeam> Supervises)
{
    /// <summary>The teams this person supervises, then the ones they belong to, each once.</summary>
    public IReadOnlyList<ProfileTeam> Teams =>
        Supervises.Concat(MemberOf.Where(m => Supervises.All(s => s.Id != m.Id))).ToList();

    public string DisplayName => $"{PreferredName ?? LegalFirstName} {LegalLastName}";

    /// <summary>What the home card asks a worker to complete, as English keys of PeopleText.</summary>
    public IReadOnlyList<string> Missing =>
    [
        .. HireDate is null ? ["Hire date"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(Phone) ? ["Phone"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(Email) ? ["E-mail"] : Array.Empty<string>(),
        .. Languages.Count == 0 ? ["Languages"] : Array.Empty<string>(),
    ];
}

/// <summary>What the profile partial needs besides the record: who is looking and what they may do.</summary>
public sealed record ProfileView(
    StaffProfile Profile,
    IReadOnlyList<LivedExperienceArea>? LivedExperience,
    bool CanEdit,
    bool IsSelf,
    bool LinkSupervisor,
    bool InDirectory = false);

public sealed class StaffProfiles(AppDbContext db)
{
    public Task<StaffProfile?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var organizations = db.Set<Organization>();
        var sites = db.Set<Site>();
        var staff = db.Set<StaffMember>();
        var teams = db.Set<Team>().Where(t => !t.IsArchived);
        var members = db.Set<TeamMember>();
        return staff.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new StaffProfile(
                s.Id,
                s.LegalFirstName,
                s.LegalLastName,
                s.PreferredName,
                s.Pronouns,
                s.JobFamily,
                s.JobTitle,
                organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault() ?? "",
                sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
                s.SupervisorId,
                staff.Where(x => x.Id == s.SupervisorId).Select(x => (x.PreferredName ?? x.LegalFirstName) + " " + x.LegalLastName).FirstOrDefault(),
                s.HireDate,
                s.Fte,
                s.Status,
                s.SeparationDate,
                s.SeparationReason,
                s.Email,
                s.Phone,
                db.Users.Where(u => u.Id == s.UserId).Select(u => u.Email).FirstOrDefault(),
                s.Languages.OrderByDescending(l => l.Proficiency).ThenBy(l => l.Language).Select(l => new ProfileLanguage(l.Language, l.Proficiency)).ToList(),
                members.Where(m => m.StaffMemberId == s.Id)
                    .Join(teams, m => m.TeamId, t => t.Id, (m, t) => new ProfileTeam(t.Id, t.Name, false))
                    .ToList(),
                teams.Where(t => t.SupervisorId == s.Id).Select(t => new ProfileTeam(t.Id, t.Name, true)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Read only for the worker themself and coalition admins; never part of any list or export.</summary>
    public async Task<IReadOnlyList<LivedExperienceArea>> LivedExperienceAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<LivedExperience>().AsNoTracking()
            .Where(l => l.StaffMemberId == id)
            .Select(l => l.Area)
            .ToListAsync(cancellationToken);
}
