using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

// Searches lower-case both sides with ToLower(): EF translates that on SQLite and PostgreSQL alike,
// while the StringComparison overloads the analyzer prefers do not translate to SQL.
#pragma warning disable CA1862

namespace Bridgework.Web.Features.People.Teams;

/// <summary>
/// A team and its members. Its supervisor and coalition admins open it; coalition admins also add and
/// remove members here. Teams outside what the user may see answer 404.
/// </summary>
[Authorize(Policy = PeoplePermissions.Read)]
public sealed class DetailsModel(AppDbContext db, PermissionGrants grants, IStringLocalizer<PeopleText> text) : PageModel
{
    public const int MaxCandidates = 50;

    public Guid Id { get; private set; }

    public Summary Team { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public bool CanManage { get; private set; }

    /// <summary>Part of a name, narrowing the people offered to add.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public Guid? StaffMemberId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (Team.IsArchived)
        {
            ModelState.AddModelError(nameof(StaffMemberId), text["This team is archived. Make it current again before adding members."]);
            return Page();
        }

        var person = StaffMemberId is { } staffId
            ? await db.Set<StaffMember>().AsNoTracking()
                .Where(s => s.Id == staffId && s.Status == EmploymentStatus.Active)
                .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (person is null)
        {
            ModelState.AddModelError(nameof(StaffMemberId), text["Choose a person from the list to add to the team."]);
            return Page();
        }

        if (Members.Any(m => m.StaffMemberId == person.Id))
        {
            ModelState.AddModelError(nameof(StaffMemberId), text["{0} is already on this team.", person.Name]);
            return Page();
        }

        db.Add(new TeamMember { TeamId = id, StaffMemberId = person.Id });
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = text["{0} joined {1}.", person.Name, Team.Name].Value;
        return Redirect($"/People/Teams/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var membership = await db.Set<TeamMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.TeamId == id, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }

        // The link row goes; the person's record stays, and the audit trail keeps the membership.
        db.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);

        var name = Members.First(m => m.Id == memberId).Name;
        TempData["Flash"] = text["{0} is no longer on {1}.", name, Team.Name].Value;
        return Redirect($"/People/Teams/{id}");
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(Guid id, bool archived, CancellationToken cancellationToken)
    {
        CanManage = User.Has(PeoplePermissions.Manage, grants);
        var team = await TeamAccess.Visible(db, User, CanManage).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (team.IsArchived != archived)
        {
            team.IsArchived = archived;
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Flash"] = (archived
            ? text["{0} was archived. Its history is kept; it no longer appears in the list of teams.", team.Name]
            : text["{0} is current again.", team.Name]).Value;
        return Redirect($"/People/Teams/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        CanManage = User.Has(PeoplePermissions.Manage, grants);
        var team = await TeamAccess.Visible(db, User, CanManage).AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new Summary(
                t.Name,
                t.Description,
                t.IsArchived,
                t.OrganizationId,
                db.Set<Organization>().Where(o => o.Id == t.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                t.SupervisorId,
                db.Set<StaffMember>().Where(s => s.Id == t.SupervisorId)
                    .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefault(),
                db.Set<StaffMember>().Where(s => s.Id == t.SupervisorId).Select(s => s.JobTitle).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return false;
        }

        Id = id;
        Team = team;

        // A team is a handful of people, not a growing list: one query, joined, no paging needed.
        Members = await db.Set<TeamMember>().AsNoTracking()
            .Where(m => m.TeamId == id)
            .Join(db.Set<StaffMember>(), m => m.StaffMemberId, s => s.Id, (m, s) => new { m, s })
            .OrderBy(x => x.s.LegalLastName).ThenBy(x => x.s.LegalFirstName)
            .Select(x => new Member(
                x.m.Id,
                x.s.Id,
                (x.s.PreferredName ?? x.s.LegalFirstName) + " " + x.s.LegalLastName,
                x.s.Pronouns,
                x.s.JobTitle,
                x.s.Status,
                x.s.Phone,
                x.s.Email))
            .Take(500)
            .ToListAsync(cancellationToken);

        if (CanManage && !team.IsArchived)
        {
            var candidates = db.Set<StaffMember>().AsNoTracking()
                .Where(s => s.Status == EmploymentStatus.Active && s.Id != team.SupervisorId)
                .Where(s => !db.Set<TeamMember>().Any(m => m.TeamId == id && m.StaffMemberId == s.Id));
            if (!string.IsNullOrWhiteSpace(Find))
            {
                var q = Find.Trim().ToLowerInvariant();
                candidates = candidates.Where(s => s.LegalFirstName.ToLower().Contains(q) || s.LegalLastName.ToLower().Contains(q)
                    || (s.PreferredName != null && s.PreferredName.ToLower().Contains(q)));
            }

            Candidates = await candidates
                .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
                .Select(s => new Candidate(s.Id, s.LegalLastName + ", " + (s.PreferredName ?? s.LegalFirstName), s.JobTitle))
                .Take(MaxCandidates + 1)
                .ToListAsync(cancellationToken);
        }

        return true;
    }

    public sealed record Summary(
        string Name, string? Description, bool IsArchived, Guid? OrganizationId, string? Organization,
        Guid? SupervisorId, string? Supervisor, string? SupervisorTitle);

    public sealed record Member(Guid Id, Guid StaffMemberId, string Name, string? Pronouns, string? JobTitle, EmploymentStatus Status, string? Phone, string? Email);

    public sealed record Candidate(Guid Id, string Name, string? JobTitle);
}
