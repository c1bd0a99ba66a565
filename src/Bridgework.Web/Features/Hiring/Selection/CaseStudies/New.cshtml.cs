using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.CaseStudies;

[Authorize(Policy = HiringPermissions.Manage)]
public sealed class NewModel(AppDbContext db, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public CaseStudyInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Languages.IsKnown(Input.Language))
        {
            ModelState.AddModelError("Input.Language", text["Choose the language the case study is written in."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var caseStudy = new CaseStudy { Title = "", Scenario = "", GoodAnswers = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(caseStudy);
        db.Add(caseStudy);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The case study {0} was added.", caseStudy.Title].Value;
        return Redirect("/Hiring/Selection/CaseStudies");
    }
}
