using Bridgework.Web.Features.People.Teams;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Organizations;

/// <summary>One organization: where it is, its sites, its teams, and the way into its staff.</summary>
[Authorize(Policy = PeoplePermissions.Read)]
public sealed class DetailsModel(AppDbContext db, PermissionGrants grants, IStringLocalizer<PeopleText> text) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public int StaffCount { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        CanManage = User.Has(PeoplePermissions.Manage, grants);
        Sites = await db.Set<Site>().AsNoTracking()
            .Where(s => s.OrganizationId == id)
            .OrderBy(s => s.IsArchived).ThenBy(s => s.Name)
            .Take(200)
            .ToListAsync(cancellationToken);
        StaffCount = await db.Set<StaffMember>()
            .CountAsync(s => s.OrganizationId == id && s.Status != EmploymentStatus.Separated, cancellationToken);

        // A supervisor sees only the teams they could open.
        Teams = await TeamAccess.Visible(db, User, CanManage)
            .Where(t => t.OrganizationId == id)
            .OrderBy(t => t.IsArchived).ThenBy(t => t.Name)
            .Select(t => new TeamRow(
                t.Id,
                t.Name,
                t.IsArchived,
                db.Set<StaffMember>().Where(s => s.Id == t.SupervisorId)
                    .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefault(),
                t.Members.Count))
            .Take(200)
            .ToListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(Guid id, bool archived, CancellationToken cancellationToken)
    {
        if (!User.Has(PeoplePermissions.Manage, grants))
        {
            return Forbid();
        }

        var organization = await db.Set<Organization>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        if (organization.IsArchived != archived)
        {
            organization.IsArchived = archived;
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Flash"] = (archived
            ? text["{0} was archived. Its records are kept; it no longer appears in lists and choices.", organization.Name]
            : text["{0} is current again.", organization.Name]).Value;
        return Redirect($"/People/Organizations/{id}");
    }

    public sealed record TeamRow(Guid Id, string Name, bool IsArchived, string? Supervisor, int Members);
}
