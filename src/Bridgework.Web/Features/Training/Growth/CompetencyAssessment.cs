using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Growth;

/// <summary>Who rated a competency: the worker themself or their supervisor.</summary>
public enum AssessedBy
{
    Self,
    Supervisor,
}

/// <summary>
/// One rating of one competency of one worker, on one day. The newest row per worker, competency and
/// rater is the current one; older rows stay as history. The supervisor's rating is the one other
/// modules count (a career ladder's competency requirements).
/// </summary>
public sealed class CompetencyAssessment : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public Guid CompetencyId { get; set; }

    public AssessedBy By { get; set; }

    public Proficiency Level { get; set; }

    public DateOnly AssessedOn { get; set; }

    public Guid AssessorUserId { get; set; }

    public string? Comment { get; set; }

    public DateTime RecordedAt { get; set; }
}

internal sealed class CompetencyAssessmentConfiguration : IEntityTypeConfiguration<CompetencyAssessment>
{
    public void Configure(EntityTypeBuilder<CompetencyAssessment> e)
    {
        e.Property(a => a.Comment).HasMaxLength(2000);
        e.HasIndex(a => new { a.CoalitionId, a.StaffMemberId, a.CompetencyId, a.By, a.RecordedAt });
    }
}
