using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Plans;

[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel, IPlanPage
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public PlanForm Form { get; } = new(db);

    public IReadOnlyList<JobFamily> FamilyChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (FamilyChoices.Count == 0)
        {
            return Redirect("/Training/Plans");
        }

        Input.JobFamily = FamilyChoices[0];
        PlanForm.AddBlankRows(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        await LoadAsync(cancellationToken);
        if (!FamilyChoices.Contains(Input.JobFamily))
        {
            ModelState.AddModelError("Input.JobFamily", text["This job family already has a plan: edit that one."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = new OnboardingPlan { Name = Input.Name.Trim(), JobFamily = Input.JobFamily };
        PlanForm.Apply(plan, Input, db);
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was saved.", plan.Name].Value;
        return Redirect("/Training/Plans");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await Form.LoadAsync(cancellationToken);
        var taken = await db.Set<OnboardingPlan>().Select(p => p.JobFamily).ToListAsync(cancellationToken);
        FamilyChoices = PlanForm.Families.Except(taken).ToList();
    }
}
