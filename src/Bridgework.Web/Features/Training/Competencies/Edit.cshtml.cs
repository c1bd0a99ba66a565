using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Competencies;

/// <summary>
/// Edits one competency: its name, meaning and target level, or archives it. The gap view measures every
/// worker against the target saved here. A save over someone else's newer one is refused with what they saved.
/// </summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public CompetencyInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public bool IsArchived { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var c = await db.Set<Competency>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        (Id, IsArchived) = (id, c.IsArchived);
        Input = new CompetencyInput { Name = c.Name, Description = c.Description, TargetLevel = c.TargetLevel, Version = c.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, archive: null, cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, archive: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, archive: false, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, bool? archive, CancellationToken cancellationToken)
    {
        var c = await db.Set<Competency>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        (Id, IsArchived) = (id, c.IsArchived);
        var name = (Input.Name ?? "").Trim();
        if (ModelState.IsValid && await db.Set<Competency>().AnyAsync(x => x.Id != id && x.Name == name, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", text["Another competency already has this name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(c).Property(x => x.Version).OriginalValue = Input.Version;
        c.Name = name;
        c.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        c.TargetLevel = Input.TargetLevel!.Value;
        c.IsArchived = archive ?? c.IsArchived;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Competency>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            IsArchived = saved.IsArchived;
            ModelState.AddModelError(string.Empty, text["Someone else saved this competency while you were editing (“{0}”, target {1}). Nothing you typed is lost: save again to keep yours.", saved.Name, text[saved.TargetLevel.Label()]]);
            return Page();
        }

        TempData["Flash"] = (archive switch
        {
            true => text["{0} is archived: it is no longer rated or shown in gaps.", c.Name],
            false => text["{0} is back in use.", c.Name],
            _ => text["Changes to {0} were saved.", c.Name],
        }).Value;
        return Redirect("/Training/Competencies");
    }
}
