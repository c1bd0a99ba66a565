using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>The coalition's onboarding plans, one per job family.</summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, EnsureTrainingDefaults defaults, Microsoft.Extensions.Localization.IStringLocalizer<TrainingText> text) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await db.Set<OnboardingPlan>().AsNoTracking()
            .OrderBy(p => p.JobFamily)
            .Select(p => new Row(
                p.Id, p.Name, p.JobFamily,
                p.Courses.OrderBy(c => c.DueAfterDays)
                    .Join(db.Set<Course>(), c => c.CourseId, c => c.Id, (pc, c) => new PlanCourseRow(c.Title, c.Kind, pc.DueAfterDays))
                    .ToList()))
            .Take(20)
            .ToListAsync(cancellationToken);
        CanAdd = PlanForm.Families.Except(Rows.Select(r => r.JobFamily)).Any();
    }

    /// <summary>Adds the default plans, and the starter courses they need, to a coalition that has no plans.</summary>
    public async Task<IActionResult> OnPostDefaultsAsync(CancellationToken cancellationToken)
    {
        var hadPlans = await db.Set<OnboardingPlan>().AnyAsync(cancellationToken);
        await defaults.HandleAsync(cancellationToken);
        TempData["Flash"] = hadPlans ? text["The coalition already has onboarding plans; nothing was added."].Value : text["The default onboarding plans are added. Edit them to fit your coalition."].Value;
        return RedirectToPage();
    }

    public sealed record Row(Guid Id, string Name, JobFamily JobFamily, List<PlanCourseRow> Courses);

    public sealed record PlanCourseRow(string Title, CourseKind Kind, int Days);
}
