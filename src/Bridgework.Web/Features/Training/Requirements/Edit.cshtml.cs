using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Requirements;

[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public RequirementInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public CredentialType AppliesTo { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var r = await db.Set<ContinuingEducationRequirement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        (Id, AppliesTo) = (id, r.AppliesTo);
        Input = new RequirementInput
        {
            Name = r.Name, Period = r.Period, CycleYears = r.CycleYears, Hours = r.Hours,
            LawAndEthicsHours = r.LawAndEthicsHours, Source = r.Source, Version = r.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var r = await db.Set<ContinuingEducationRequirement>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        (Id, AppliesTo) = (id, r.AppliesTo);
        if (Input.LawAndEthicsHours > Input.Hours)
        {
            ModelState.AddModelError("Input.LawAndEthicsHours", text["Law-and-ethics hours are part of the total: enter no more than the hours per period."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = Input.Version;
        r.Name = Input.Name.Trim();
        r.Period = Input.Period;
        r.CycleYears = Input.Period == RequirementPeriod.CalendarYear ? 1 : Input.CycleYears;
        r.Hours = Input.Hours;
        r.LawAndEthicsHours = Input.LawAndEthicsHours;
        r.Source = string.IsNullOrWhiteSpace(Input.Source) ? null : Input.Source.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<ContinuingEducationRequirement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved this requirement while you were editing ({0} hours, {1}-year cycle). Nothing you typed is lost: save again to keep yours.", TrainingLabels.Hours(saved.Hours), saved.CycleYears]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", r.Name].Value;
        return Redirect("/Training/Requirements");
    }
}
