using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.CaseStudies;

[Authorize(Policy = HiringPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public CaseStudyInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string SavedTitle { get; private set; } = "";

    /// <summary>After a refused save: what someone else saved, shown beside the form.</summary>
    public CaseStudyInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caseStudy = await db.Set<CaseStudy>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (caseStudy is null)
        {
            return NotFound();
        }

        (Id, SavedTitle, Input) = (id, caseStudy.Title, CaseStudyInput.From(caseStudy));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var caseStudy = await db.Set<CaseStudy>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (caseStudy is null)
        {
            return NotFound();
        }

        (Id, SavedTitle) = (id, caseStudy.Title);
        if (!Languages.IsKnown(Input.Language))
        {
            ModelState.AddModelError("Input.Language", text["Choose the language the case study is written in."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(caseStudy).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(caseStudy);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<CaseStudy>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = CaseStudyInput.From(saved);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this case study while you were editing. Nothing you typed is lost: compare with the saved version below, then save again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", caseStudy.Title].Value;
        return Redirect("/Hiring/Selection/CaseStudies");
    }
}
