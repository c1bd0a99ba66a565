using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People;

/// <summary>
/// The staff directory. Coalition admins see everyone; supervisors see the people they supervise. Filters,
/// sort and paging run in the database, one query for the page's rows.
/// </summary>
[Authorize(Policy = PeoplePermissions.Read)]
public sealed class IndexModel(AppDbContext db, StaffAccess access, StaffDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DirectoryFilter Filter { get; set; } = new();

    public DirectoryPage Result { get; private set; } = new([], 0, 1, StaffDirectory.PageSize);

    public StaffViewer Viewer { get; private set; } = new(null, false, false);

    public IReadOnlyList<Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A bad value in the address (an unknown job family, say) just drops that filter.
        ModelState.Clear();
        Viewer = await access.ViewerAsync(User, cancellationToken);
        Result = await directory.PageAsync(access.Listable(Viewer), Filter, cancellationToken);

        Organizations = await db.Set<Organization>()
            .Where(o => !o.IsArchived || o.Id == Filter.Organization)
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        Teams = await db.Set<Team>()
            .Where(t => !t.IsArchived || t.Id == Filter.Team)
            .OrderBy(t => t.Name)
            .Select(t => new Choice(t.Id, t.Name))
            .ToListAsync(cancellationToken);
    }
}
