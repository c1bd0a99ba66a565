using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Feedback;

/// <summary>
/// A worker's anonymous rating of the supervision they get, for one supervisor in one quarter. It carries
/// no link to the worker: who answered is kept apart in <see cref="FeedbackReceipt"/>, only to allow one
/// answer a quarter. It is deliberately not audited, and its id is random rather than time-ordered: an
/// audit line names its author, and a time-ordered id saved beside the receipt would point to them.
/// </summary>
public sealed class SupervisionFeedback : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CoalitionId { get; set; }

    public Guid SupervisorStaffId { get; set; }

    public int Year { get; set; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; set; }

    [Sensitive]
    public int MakesTime { get; set; }

    [Sensitive]
    public int HardCases { get; set; }

    [Sensitive]
    public int LivedExperience { get; set; }

    [Sensitive]
    public int Wellbeing { get; set; }

    [Sensitive]
    public string? Comment { get; set; }
}

/// <summary>That a worker rated a supervisor in a quarter, without what they said.</summary>
public sealed class FeedbackReceipt : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public Guid SupervisorStaffId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }
}

internal sealed class SupervisionFeedbackConfiguration : IEntityTypeConfiguration<SupervisionFeedback>
{
    public void Configure(EntityTypeBuilder<SupervisionFeedback> e)
    {
        e.Property(f => f.Comment).HasMaxLength(1000);
        e.HasIndex(f => new { f.CoalitionId, f.SupervisorStaffId, f.Year, f.Quarter });
        e.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.SupervisorStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackReceiptConfiguration : IEntityTypeConfiguration<FeedbackReceipt>
{
    public void Configure(EntityTypeBuilder<FeedbackReceipt> e)
    {
        e.HasIndex(r => new { r.StaffMemberId, r.SupervisorStaffId, r.Year, r.Quarter }).IsUnique();
        e.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.SupervisorStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
