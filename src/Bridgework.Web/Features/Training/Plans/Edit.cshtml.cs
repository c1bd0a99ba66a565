using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Plans;

[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel, IPlanPage
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public PlanForm Form { get; } = new(db);

    public IReadOnlyList<JobFamily> FamilyChoices => [];

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Set<OnboardingPlan>().AsNoTracking().Include(p => p.Courses).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Id = id;
        Input = new PlanInput
        {
            Name = plan.Name,
            JobFamily = plan.JobFamily,
            Version = plan.Version,
            Rows = plan.Courses.OrderBy(c => c.DueAfterDays).Select(c => new PlanRow { CourseId = c.CourseId, DueAfterDays = c.DueAfterDays }).ToList(),
        };
        PlanForm.AddBlankRows(Input);
        await Form.LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Set<OnboardingPlan>().Include(p => p.Courses).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Id = id;
        Input.JobFamily = plan.JobFamily;
        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        PlanForm.Apply(plan, Input, db);
        // The plan's row changes with its courses, so a concurrent edit of either is caught.
        db.Entry(plan).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<OnboardingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved this plan while you were editing. Nothing you typed is lost: check the plan and save again to keep yours."]);
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = text["{0} was saved.", plan.Name].Value;
        return Redirect("/Training/Plans");
    }
}
