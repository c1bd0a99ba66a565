using Bridgework.Web.Platform.Data;
using Bridgework.Web.Features.Training.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Requirements;

/// <summary>The coalition's continuing-education requirements, with their sources; admins edit them.</summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, EnsureTrainingDefaults defaults) : PageModel
{
    public IReadOnlyList<ContinuingEducationRequirement> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<ContinuingEducationRequirement>().AsNoTracking().OrderBy(r => r.Name).Take(100).ToListAsync(cancellationToken);

    /// <summary>Adds the default requirements (and the other Training defaults a coalition lacks) to a coalition without any.</summary>
    public async Task<IActionResult> OnPostDefaultsAsync(CancellationToken cancellationToken)
    {
        await defaults.HandleAsync(cancellationToken);
        return RedirectToPage();
    }
}
