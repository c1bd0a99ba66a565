using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Careers.Promotions;

public enum PromotionStatus
{
    /// <summary>Waiting for the coalition admin.</summary>
    Submitted = 0,

    /// <summary>Sent back to the supervisor with a reason; they may revise and resubmit.</summary>
    Returned = 1,

    /// <summary>Approved: the new placement is recorded from the effective date.</summary>
    Approved = 2,
}

/// <summary>
/// A supervisor's case for moving a worker up a level: the checklist as it stood, a justification and the
/// proposed level, step and date. The coalition admin approves it (which records the placement) or returns it.
/// </summary>
public sealed class PromotionReview : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>The supervisor's own staff record.</summary>
    public Guid SupervisorStaffId { get; set; }

    public Guid? FromLevelId { get; set; }

    public Guid ProposedLevelId { get; set; }

    public int? ProposedStep { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public required string Justification { get; set; }

    /// <summary>The checklist when last submitted, one line a requirement: "Met|Kind|What".</summary>
    public string Checklist { get; set; } = "";

    public PromotionStatus Status { get; set; }

    public string? ReturnReason { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public Guid? PlacementId { get; set; }

    public Guid Version { get; set; }

    public void Return(string reason, Guid by, DateTime now)
    {
        Status = PromotionStatus.Returned;
        ReturnReason = reason;
        DecidedAt = now;
        DecidedByUserId = by;
    }

    public void Approve(Guid placementId, Guid by, DateTime now)
    {
        Status = PromotionStatus.Approved;
        PlacementId = placementId;
        DecidedAt = now;
        DecidedByUserId = by;
    }
}

internal sealed class PromotionReviewConfiguration : IEntityTypeConfiguration<PromotionReview>
{
    public void Configure(EntityTypeBuilder<PromotionReview> e)
    {
        e.Property(r => r.Justification).HasMaxLength(4000);
        e.Property(r => r.Checklist).HasMaxLength(8000);
        e.Property(r => r.ReturnReason).HasMaxLength(2000);
        e.HasOne<People.StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LadderLevel>().WithMany().HasForeignKey(r => r.ProposedLevelId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => new { r.CoalitionId, r.Status, r.SubmittedAt });
    }
}
