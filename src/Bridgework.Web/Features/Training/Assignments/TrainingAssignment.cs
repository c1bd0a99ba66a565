using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Assignments;

/// <summary>
/// A course a worker is asked to finish by a date: from an onboarding plan or from their supervisor. It is
/// done when an approved completion of the course exists on or after the day it was assigned; nothing is
/// stored about that, so attendance, self-paced and approved outside records all close it the same way.
/// </summary>
public sealed class TrainingAssignment : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public Guid CourseId { get; set; }

    public DateOnly AssignedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The onboarding plan it came from; null when a person assigned it.</summary>
    public Guid? PlanId { get; set; }

    public string? AssignedBy { get; set; }

    public string? Note { get; set; }
}

/// <summary>Where an assignment stands, computed from completions.</summary>
public enum AssignmentState
{
    Due = 0,
    Overdue = 1,
    Done = 2,
}

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> e)
    {
        e.Property(a => a.AssignedBy).HasMaxLength(256);
        e.Property(a => a.Note).HasMaxLength(500);
        e.HasIndex(a => new { a.StaffMemberId, a.DueOn });
        e.HasIndex(a => new { a.StaffMemberId, a.PlanId });
        e.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId);
        e.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId);
        e.HasOne<Plans.OnboardingPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.SetNull);
    }
}
