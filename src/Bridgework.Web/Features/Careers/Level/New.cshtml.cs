using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Level;

/// <summary>Adds a level to a draft ladder.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class NewModel(AppDbContext db, TrainingFacts training, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    public Guid LadderId { get; private set; }

    public string LadderName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Rank = (await db.Set<LadderLevel>().Where(l => l.LadderId == id).MaxAsync(l => (int?)l.Rank, cancellationToken) ?? 0) + 1;
        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), null);
        Input.Check(ModelState, text);
        Input.CheckCompetencies(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var level = new LadderLevel { LadderId = id, Title = Input.Title.Trim() };
        Input.ApplyTo(level);
        db.Add(level);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was added to the draft.", level.Title].Value;
        return Redirect($"/Careers/Ladder/{id}");
    }

    /// <summary>One more competency row, everything typed kept; nothing is saved.</summary>
    public Task<IActionResult> OnPostAddCompetencyAsync(Guid id, CancellationToken cancellationToken) =>
        ReshowAsync(id, () => Input.AddCompetencyRow(), cancellationToken);

    /// <summary>Drops one competency row, everything else typed kept; nothing is saved.</summary>
    public Task<IActionResult> OnPostRemoveCompetencyAsync(Guid id, int row, CancellationToken cancellationToken) =>
        ReshowAsync(id, () => Input.RemoveCompetencyRow(row), cancellationToken);

    private async Task<IActionResult> ReshowAsync(Guid id, Action change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        change();
        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), null);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Set<CareerLadder>().Where(l => l.Id == id && l.Status == LadderStatus.Draft)
            .Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);
        (LadderId, LadderName) = (id, name ?? "");
        return name is not null;
    }
}
