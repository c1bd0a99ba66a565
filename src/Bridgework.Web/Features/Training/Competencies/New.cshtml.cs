using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Competencies;

/// <summary>Adds one of the coalition's own competencies after the ones it has.</summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public CompetencyInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = (Input.Name ?? "").Trim();
        if (ModelState.IsValid && await db.Set<Competency>().AnyAsync(x => x.Name == name, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", text["Another competency already has this name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var last = await db.Set<Competency>().MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        db.Add(new Competency
        {
            Name = name,
            Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim(),
            TargetLevel = Input.TargetLevel!.Value,
            SortOrder = last + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} is added to the framework.", name].Value;
        return Redirect("/Training/Competencies");
    }
}
