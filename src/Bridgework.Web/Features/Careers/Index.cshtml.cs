using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>The ladders of each job family: the published one for everybody, drafts and history for admins.</summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class IndexModel(LadderReader ladders, PermissionGrants grants) : PageModel
{
    public bool CanManage { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(CareersPermissions.Manage, grants);

        // A coalition has a handful of ladder versions per family, not a growing list.
        Rows = await ladders.Visible(User)
            .OrderBy(l => l.Family).ThenByDescending(l => l.Number)
            .Select(l => new Row(l.Id, l.Family, l.Name, l.Number, l.Status, l.EffectiveDate))
            .Take(200)
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(Guid Id, CareerFamily Family, string Name, int Number, LadderStatus Status, DateOnly? EffectiveDate);
}
