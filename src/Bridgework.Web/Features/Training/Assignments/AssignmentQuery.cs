using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;

namespace Bridgework.Web.Features.Training.Assignments;

/// <summary>One assignment as lists show it, its state computed from approved completions.</summary>
public sealed record AssignmentRow
{
    public Guid Id { get; init; }

    public Guid StaffId { get; init; }

    public string Worker { get; init; } = "";

    public Guid CourseId { get; init; }

    public string Course { get; init; } = "";

    public CourseFormat Format { get; init; }

    public DateOnly AssignedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public bool FromPlan { get; init; }

    public string? AssignedBy { get; init; }

    public bool Done { get; init; }

    public bool WaitingForReview { get; init; }

    public AssignmentState StateOn(DateOnly today) => Done ? AssignmentState.Done : DueOn < today ? AssignmentState.Overdue : AssignmentState.Due;
}

/// <summary>
/// The one definition of "done" for assignments: an approved completion of the course, on or after the day
/// it was assigned. Filtering and projecting both happen in the database.
/// </summary>
public static class AssignmentQuery
{
    /// <summary>The badge of a state, in the colours of the compliance badges.</summary>
    public static string Badge(AssignmentState state) => state switch
    {
        AssignmentState.Done => "badge badge-compliance badge-compliance-Compliant",
        AssignmentState.Overdue => "badge badge-compliance badge-compliance-Lapsed",
        _ => "badge text-bg-light border",
    };

    public static string Label(AssignmentState state) => state switch
    {
        AssignmentState.Done => "Done",
        AssignmentState.Overdue => "Overdue",
        _ => "Due",
    };

    public static IQueryable<TrainingAssignment> InState(AppDbContext db, IQueryable<TrainingAssignment> query, AssignmentState? state, DateOnly today)
    {
        var approved = db.Set<CompletionRecord>().Where(c => c.Approval == ApprovalStatus.Approved);
        return state switch
        {
            AssignmentState.Done => query.Where(a => approved.Any(c => c.StaffMemberId == a.StaffMemberId && c.CourseId == a.CourseId && c.CompletedOn >= a.AssignedOn)),
            AssignmentState.Overdue => query.Where(a => a.DueOn < today && !approved.Any(c => c.StaffMemberId == a.StaffMemberId && c.CourseId == a.CourseId && c.CompletedOn >= a.AssignedOn)),
            AssignmentState.Due => query.Where(a => a.DueOn >= today && !approved.Any(c => c.StaffMemberId == a.StaffMemberId && c.CourseId == a.CourseId && c.CompletedOn >= a.AssignedOn)),
            _ => query,
        };
    }

    public static IQueryable<AssignmentRow> Rows(AppDbContext db, IQueryable<TrainingAssignment> query)
    {
        var completions = db.Set<CompletionRecord>();
        return query
            .Join(db.Set<Course>(), a => a.CourseId, c => c.Id, (a, c) => new { a, c })
            .Join(db.Set<StaffMember>(), x => x.a.StaffMemberId, s => s.Id, (x, s) => new { x.a, x.c, s })
            .Select(x => new AssignmentRow
            {
                Id = x.a.Id,
                StaffId = x.s.Id,
                Worker = (x.s.PreferredName ?? x.s.LegalFirstName) + " " + x.s.LegalLastName,
                CourseId = x.c.Id,
                Course = x.c.Title,
                Format = x.c.Format,
                AssignedOn = x.a.AssignedOn,
                DueOn = x.a.DueOn,
                FromPlan = x.a.PlanId != null,
                AssignedBy = x.a.AssignedBy,
                Done = completions.Any(c => c.StaffMemberId == x.a.StaffMemberId && c.CourseId == x.a.CourseId && c.CompletedOn >= x.a.AssignedOn && c.Approval == ApprovalStatus.Approved),
                WaitingForReview = completions.Any(c => c.StaffMemberId == x.a.StaffMemberId && c.CourseId == x.a.CourseId && c.CompletedOn >= x.a.AssignedOn && c.Approval == ApprovalStatus.Pending),
            });
    }
}
