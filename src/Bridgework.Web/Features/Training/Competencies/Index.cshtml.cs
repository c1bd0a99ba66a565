using Bridgework.Web.Features.Training.Plans;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Competencies;

/// <summary>The coalition's competency framework with each competency's target level; admins edit them and add their own.</summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, EnsureTrainingDefaults defaults, IStringLocalizer<TrainingText> text) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<Competency>().AsNoTracking()
            .Where(c => c.IsArchived == Archived)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.Description, c.Source, c.TargetLevel))
            .Take(200)
            .ToListAsync(cancellationToken);

    /// <summary>Adds the C3 framework (and the other Training defaults a coalition lacks) to a coalition without one.</summary>
    public async Task<IActionResult> OnPostDefaultsAsync(CancellationToken cancellationToken)
    {
        var added = await defaults.HandleAsync(cancellationToken);
        TempData["Flash"] = (added ? text["The C3 framework is added."] : text["Nothing was added: the coalition already has its framework."]).Value;
        return RedirectToPage();
    }

    public sealed record Row(Guid Id, string Name, string? Description, string? Source, Proficiency Target);
}
