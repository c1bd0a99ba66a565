using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>The choices and the rules of the plan form, shared by adding and editing.</summary>
public sealed class PlanForm(AppDbContext db)
{
    /// <summary>The job families that get an onboarding plan.</summary>
    public static readonly JobFamily[] Families =
        [JobFamily.CommunityHealthWorker, JobFamily.Promotora, JobFamily.CommunityHealthRepresentative, JobFamily.PeerSupportSpecialist, JobFamily.Supervisor];

    /// <summary>Blank rows offered under the plan's courses, so a course can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    public IReadOnlyList<(Guid Id, string Title, CourseKind Kind)> Courses { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken) =>
        Courses = (await db.Set<Course>().AsNoTracking()
            .Where(c => !c.IsArchived)
            .OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title, c.Kind })
            .Take(500)
            .ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Title, c.Kind)).ToList();

    public static void AddBlankRows(PlanInput input)
    {
        input.Rows = input.Rows.Where(r => r.CourseId is not null).ToList();
        for (var i = 0; i < BlankRows; i++)
        {
            input.Rows.Add(new PlanRow());
        }
    }

    /// <summary>Checks the rows: days on each chosen course, no course twice, at least one self-care course.</summary>
    public async Task CheckAsync(PlanInput input, ModelStateDictionary state, IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        if (!Families.Contains(input.JobFamily))
        {
            state.AddModelError("Input.JobFamily", text["Choose a job family from the list."]);
        }

        var chosen = input.Rows.Select(r => r.CourseId).OfType<Guid>().Distinct().ToList();
        var kinds = await db.Set<Course>().AsNoTracking()
            .Where(c => chosen.Contains(c.Id) && !c.IsArchived)
            .Select(c => new { c.Id, c.Kind })
            .ToDictionaryAsync(c => c.Id, c => c.Kind, cancellationToken);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            if (row.CourseId is not { } course)
            {
                continue;
            }

            if (!kinds.ContainsKey(course))
            {
                state.AddModelError($"Input.Rows[{i}].CourseId", text["Choose a course from the catalog."]);
            }
            else if (!seen.Add(course))
            {
                state.AddModelError($"Input.Rows[{i}].CourseId", text["This course is already in the plan."]);
            }

            if (row.DueAfterDays is null)
            {
                state.AddModelError($"Input.Rows[{i}].DueAfterDays", text["Enter how many days after the start date it is due."]);
            }
        }

        if (seen.Count == 0)
        {
            state.AddModelError("Input.Rows", text["Choose at least one course."]);
        }
        else if (!seen.Any(id => kinds[id] == CourseKind.SelfCare))
        {
            state.AddModelError("Input.Rows", text["Add at least one self-care or vicarious-trauma course: every plan supports new staff with the weight of the work from the start."]);
        }
    }

    /// <summary>Makes the plan's courses those of the form's rows.</summary>
    public static void Apply(OnboardingPlan plan, PlanInput input, AppDbContext db)
    {
        plan.Name = input.Name.Trim();
        var rows = input.Rows.Where(r => r.CourseId is not null).GroupBy(r => r.CourseId!.Value).ToDictionary(g => g.Key, g => g.First().DueAfterDays ?? 0);
        foreach (var gone in plan.Courses.Where(c => !rows.ContainsKey(c.CourseId)).ToList())
        {
            plan.Courses.Remove(gone);
            db.Remove(gone);
        }

        foreach (var (courseId, days) in rows)
        {
            if (plan.Courses.FirstOrDefault(c => c.CourseId == courseId) is { } kept)
            {
                kept.DueAfterDays = days;
            }
            else
            {
                plan.Courses.Add(new OnboardingPlanCourse { PlanId = plan.Id, CourseId = courseId, DueAfterDays = days });
            }
        }
    }
}
