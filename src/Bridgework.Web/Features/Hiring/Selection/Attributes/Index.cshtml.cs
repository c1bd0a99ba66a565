using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection.Attributes;

/// <summary>The qualities panelists score, each with its four anchors.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ScoringAttribute> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<ScoringAttribute>().AsNoTracking().OrderBy(a => a.IsArchived).ThenBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Take(100).ToListAsync(cancellationToken);
}
