using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>A worker's rating of a session they attended, given once. Reports show it without the name.</summary>
public sealed class SessionEvaluation : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid SessionId { get; set; }

    public Guid CourseId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>1 (not useful) to 5 (very useful).</summary>
    public int Useful { get; set; }

    /// <summary>1 (would not recommend) to 5 (would surely recommend).</summary>
    public int Recommend { get; set; }

    public string? Comment { get; set; }

    public DateTime RecordedAt { get; set; }
}

internal sealed class SessionEvaluationConfiguration : IEntityTypeConfiguration<SessionEvaluation>
{
    public void Configure(EntityTypeBuilder<SessionEvaluation> e)
    {
        e.Property(x => x.Comment).HasMaxLength(1000);
        e.HasIndex(x => new { x.SessionId, x.StaffMemberId }).IsUnique();
        e.HasIndex(x => new { x.CoalitionId, x.CourseId });
        e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId);
        e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
