using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

public sealed record Choice(Guid Id, string Name);

public sealed record SiteChoice(Guid Id, string Name, string Organization);

/// <summary>The lists the staff form offers. Each is bounded: no list here grows with the whole staff.</summary>
public sealed record StaffFormOptions(
    IReadOnlyList<Choice> Organizations,
    IReadOnlyList<SiteChoice> Sites,
    IReadOnlyList<Choice> Supervisors,
    IReadOnlyList<Choice> Accounts)
{
    public static readonly StaffFormOptions Empty = new([], [], [], []);
}

public sealed class LoadStaffFormOptions(AppDbContext db)
{
    private const int MaxChoices = 500;

    /// <param name="editing">The record being edited, left out of its own supervisor list.</param>
    /// <param name="input">What the form holds now, so current choices stay listed even when archived or unusual.</param>
    public async Task<StaffFormOptions> HandleAsync(Guid? editing, StaffInput input, CancellationToken cancellationToken)
    {
        var organizations = await db.Set<Organization>()
            .Where(o => !o.IsArchived || o.Id == input.OrganizationId)
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .Take(MaxChoices)
            .ToListAsync(cancellationToken);

        var sites = await (
                from s in db.Set<Site>()
                join o in db.Set<Organization>() on s.OrganizationId equals o.Id
                where (!s.IsArchived && !o.IsArchived) || s.Id == input.SiteId
                orderby o.Name, s.Name
                select new SiteChoice(s.Id, s.Name, o.Name))
            .Take(MaxChoices)
            .ToListAsync(cancellationToken);

        // Supervisors: people in the Supervisor job family or who already supervise someone, plus the current one.
        var staff = db.Set<StaffMember>();
        var teams = db.Set<Team>();
        var supervisors = await staff
            .Where(s => s.Id != editing && (s.Status != EmploymentStatus.Separated || s.Id == input.SupervisorId))
            .Where(s => s.JobFamily == JobFamily.Supervisor
                || s.Id == input.SupervisorId
                || staff.Any(x => x.SupervisorId == s.Id)
                || teams.Any(t => t.SupervisorId == s.Id))
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.PreferredName ?? s.LegalFirstName)
            .Select(s => new Choice(s.Id, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName))
            .Take(MaxChoices)
            .ToListAsync(cancellationToken);

        // Accounts: members of the coalition not yet linked to a staff record, plus the one linked to this record.
        var accounts = await (
                from m in db.Memberships
                join u in db.Users on m.UserId equals u.Id
                where u.Id == input.UserId || (m.IsActive && !staff.Any(s => s.UserId == u.Id))
                orderby u.DisplayName, u.Email
                select new Choice(u.Id, u.DisplayName == "" ? u.Email! : u.DisplayName + " (" + u.Email + ")"))
            .Take(MaxChoices)
            .ToListAsync(cancellationToken);

        return new StaffFormOptions(organizations, sites, supervisors, accounts);
    }
}
