using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Teams;

/// <summary>The teams a user may see: every team for coalition admins, their own for supervisors.</summary>
[Authorize(Policy = PeoplePermissions.Read)]
public sealed class IndexModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Organization { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(PeoplePermissions.Manage, grants);
        var visible = TeamAccess.Visible(db, User, CanManage).AsNoTracking();

        // Only organizations that have a team the user can see: a supervisor's filter stays short.
        Organizations = (await db.Set<Organization>().AsNoTracking()
            .Where(o => visible.Any(t => t.OrganizationId == o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .Take(500)
            .ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name)).ToList();

        var query = visible.Where(t => t.IsArchived == Archived);
        if (Organization is { } organizationId)
        {
            query = query.Where(t => t.OrganizationId == organizationId);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);

        Rows = await query
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(t => new Row(
                t.Id,
                t.Name,
                t.Description,
                db.Set<Organization>().Where(o => o.Id == t.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                t.SupervisorId,
                db.Set<StaffMember>().Where(s => s.Id == t.SupervisorId)
                    .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefault(),
                t.Members.Count))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("Index", new
    {
        organization = Organization,
        archived = Archived ? true : (bool?)null,
        p = page == 1 ? null : (int?)page,
    })!;

    public sealed record Row(Guid Id, string Name, string? Description, string? Organization, Guid? SupervisorId, string? Supervisor, int Members);
}
