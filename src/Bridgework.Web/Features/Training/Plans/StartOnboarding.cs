using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training.Assignments;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Events;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>
/// Gives a new staff member the onboarding plan of their job family: one assignment per course, due the
/// plan's number of days after the start date. A hire raises both <see cref="StaffMemberAdded"/> and
/// <see cref="WorkerHired"/>; whichever arrives first assigns the plan and the other finds it there. A coalition
/// without plans gets the defaults first (<see cref="EnsureTrainingDefaults"/>).
/// </summary>
public sealed class StartOnboarding(AppDbContext db, ITenantContext tenant, TimeProvider clock, EnsureTrainingDefaults defaults)
    : IEventHandler<WorkerHired>, IEventHandler<StaffMemberAdded>
{
    public Task HandleAsync(WorkerHired domainEvent, CancellationToken cancellationToken) =>
        AssignAsync(domainEvent.CoalitionId, domainEvent.StaffMemberId, domainEvent.JobFamily, domainEvent.StartDate, cancellationToken);

    public Task HandleAsync(StaffMemberAdded domainEvent, CancellationToken cancellationToken) =>
        AssignAsync(domainEvent.CoalitionId, domainEvent.StaffMemberId, domainEvent.JobFamily, domainEvent.StartDate, cancellationToken);

    /// <summary>The plan for a job family; community health representatives follow the CHW plan when they have none of their own.</summary>
    public static IQueryable<OnboardingPlan> PlanFor(IQueryable<OnboardingPlan> plans, JobFamily family) =>
        family == JobFamily.CommunityHealthRepresentative
            ? plans.Where(p => p.JobFamily == family || p.JobFamily == JobFamily.CommunityHealthWorker).OrderByDescending(p => p.JobFamily == family)
            : plans.Where(p => p.JobFamily == family);

    private async Task AssignAsync(Guid coalitionId, Guid staffMemberId, string jobFamily, DateOnly? startDate, CancellationToken cancellationToken)
    {
        using var entered = tenant.CoalitionId == coalitionId ? null : tenant.Enter(coalitionId);
        if (!Enum.TryParse<JobFamily>(jobFamily, ignoreCase: true, out var family)
            || !await db.Set<StaffMember>().AnyAsync(s => s.Id == staffMemberId, cancellationToken))
        {
            return;
        }

        // A coalition that never set up onboarding starts from the default plans rather than giving its first hires none.
        await defaults.HandleAsync(cancellationToken);
        var plan = await PlanFor(db.Set<OnboardingPlan>().AsNoTracking().Include(p => p.Courses), family).FirstOrDefaultAsync(cancellationToken);
        if (plan is null || plan.Courses.Count == 0
            || await db.Set<TrainingAssignment>().AnyAsync(a => a.StaffMemberId == staffMemberId && a.PlanId == plan.Id, cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = startDate ?? today;
        if (start.AddDays(plan.Courses.Max(c => c.DueAfterDays)) < today)
        {
            // A record entered for someone who started long ago: their whole plan would arrive overdue, so they are not onboarded.
            return;
        }

        // Assigned from the earlier of today and the start date, so training done in the first days counts.
        var assignedOn = start < today ? start : today;
        foreach (var course in plan.Courses.OrderBy(c => c.DueAfterDays))
        {
            db.Add(new TrainingAssignment
            {
                StaffMemberId = staffMemberId,
                CourseId = course.CourseId,
                AssignedOn = assignedOn,
                DueOn = start.AddDays(course.DueAfterDays),
                PlanId = plan.Id,
                AssignedBy = plan.Name,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
