using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Level;

/// <summary>Changes or removes a level of a draft ladder. Levels of published versions are history and stay as they are.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class EditModel(AppDbContext db, TrainingFacts training, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    public Guid LadderId { get; private set; }

    public string SavedTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var level = await DraftLevel(id).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (level is null)
        {
            return NotFound();
        }

        (LadderId, SavedTitle, Input) = (level.LadderId, level.Title, LevelInput.From(level));
        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), level.Competencies);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var level = await DraftLevel(id).FirstOrDefaultAsync(cancellationToken);
        if (level is null)
        {
            return NotFound();
        }

        (LadderId, SavedTitle) = (level.LadderId, level.Title);
        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), level.Competencies);
        Input.Check(ModelState, text);
        Input.CheckCompetencies(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(level).Property(l => l.Version).OriginalValue = Input.Version;
        Input.ApplyTo(level);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<LadderLevel>().AsNoTracking().FirstAsync(l => l.Id == id, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this level while you were editing. What you typed is kept: save again to keep it."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", level.Title].Value;
        return Redirect($"/Careers/Ladder/{level.LadderId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var level = await DraftLevel(id).FirstOrDefaultAsync(cancellationToken);
        if (level is null)
        {
            return NotFound();
        }

        if (await db.Set<Placement>().AnyAsync(p => p.LevelId == id, cancellationToken))
        {
            (LadderId, SavedTitle, Input) = (level.LadderId, level.Title, LevelInput.From(level));
            Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), level.Competencies);
            ModelState.AddModelError(string.Empty, text["Workers are placed on this level, so it cannot be removed."]);
            return Page();
        }

        db.Remove(level);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was removed from the draft.", level.Title].Value;
        return Redirect($"/Careers/Ladder/{level.LadderId}");
    }

    /// <summary>One more competency row, everything typed kept; nothing is saved.</summary>
    public Task<IActionResult> OnPostAddCompetencyAsync(Guid id, CancellationToken cancellationToken) =>
        ReshowAsync(id, () => Input.AddCompetencyRow(), cancellationToken);

    /// <summary>Drops one competency row, everything else typed kept; nothing is saved.</summary>
    public Task<IActionResult> OnPostRemoveCompetencyAsync(Guid id, int row, CancellationToken cancellationToken) =>
        ReshowAsync(id, () => Input.RemoveCompetencyRow(row), cancellationToken);

    private async Task<IActionResult> ReshowAsync(Guid id, Action change, CancellationToken cancellationToken)
    {
        var level = await DraftLevel(id).AsNoTracking().Select(l => new { l.LadderId, l.Title, l.Competencies }).FirstOrDefaultAsync(cancellationToken);
        if (level is null)
        {
            return NotFound();
        }

        (LadderId, SavedTitle) = (level.LadderId, level.Title);
        ModelState.Clear();
        change();
        Input.UseCompetencies(await training.CompetencyNamesAsync(cancellationToken), level.Competencies);
        return Page();
    }

    private IQueryable<LadderLevel> DraftLevel(Guid id) =>
        db.Set<LadderLevel>().Where(l => l.Id == id
            && db.Set<CareerLadder>().Any(d => d.Id == l.LadderId && d.Status == LadderStatus.Draft));
}
