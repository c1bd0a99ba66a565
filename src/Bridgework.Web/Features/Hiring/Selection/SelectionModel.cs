using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>What a phase of the pipeline asks of the coalition, so pages can offer the right tools there.</summary>
public enum SelectionActivity
{
    None = 0,
    CaseStudy = 1,
    FieldShadowing = 2,
    PanelInterview = 3,
}

/// <summary>
/// A reason a coalition gives for ending a candidacy (not selected) or a candidate gives for leaving (withdrawn).
/// Seeded from <see cref="SelectionDefaults"/>; the coalition edits the list.
/// </summary>
public sealed class EndingReason : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    /// <summary><see cref="PhaseKind.NotSelected"/> or <see cref="PhaseKind.Withdrawn"/>.</summary>
    public PhaseKind Kind { get; set; }

    public required string Label { get; set; }

    public int SortOrder { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A realistic field situation a candidate talks through, with what good answers show.</summary>
public sealed class CaseStudy : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Title { get; set; }

    public required string Scenario { get; set; }

    public required string GoodAnswers { get; set; }

    /// <summary>An ISO 639-1 code from <see cref="Languages"/>: the language the case study is written in.</summary>
    public string Language { get; set; } = "en";

    public bool IsArchived { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid Version { get; set; }
}

/// <summary>The one case study a candidate is given, with who chose it and when.</summary>
public sealed class CaseStudyAssignment : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid CaseStudyId { get; set; }

    public Guid? AssignedById { get; set; }

    public required string AssignedBy { get; set; }

    public DateTime AssignedAt { get; set; }

    public Guid Version { get; set; }
}

public enum ShadowingStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

/// <summary>
/// A candidate spends time in the field beside a worker of a team. The date and times are the coalition's
/// local calendar, as for training sessions.
/// </summary>
public sealed class ShadowingSession : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid TeamId { get; set; }

    /// <summary>The staff record of the worker the candidate shadows; they give the feedback.</summary>
    public Guid HostStaffId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public required string Place { get; set; }

    public ShadowingStatus Status { get; set; }

    public string ScheduledBy { get; set; } = "";

    public DateTime ScheduledAt { get; set; }

    public Guid Version { get; set; }
}

/// <summary>What the host noticed in the field: three things in short, and whether they want to work with them.</summary>
public enum FieldObservation
{
    Strength = 0,
    Mixed = 1,
    Concern = 2,
    NotSeen = 3,
}

public enum WouldWorkWith
{
    Yes = 0,
    Maybe = 1,
    No = 2,
}

public sealed class ShadowingFeedback : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid SessionId { get; set; }

    public FieldObservation RelatingToClients { get; set; }

    public FieldObservation Curiosity { get; set; }

    public FieldObservation Boundaries { get; set; }

    public WouldWorkWith WouldWorkWith { get; set; }

    public string? Comments { get; set; }

    public Guid GivenByStaffId { get; set; }

    public DateTime GivenAt { get; set; }
}

/// <summary>
/// A quality panelists rate from 1 to 4, each level with a short anchor so raters mean the same thing.
/// Seeded from <see cref="SelectionDefaults"/>; the coalition edits the list.
/// </summary>
public sealed class ScoringAttribute : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public required string Anchor1 { get; set; }

    public required string Anchor2 { get; set; }

    public required string Anchor3 { get; set; }

    public required string Anchor4 { get; set; }

    public int SortOrder { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public string AnchorOf(int score) => score switch
    {
        1 => Anchor1,
        2 => Anchor2,
        3 => Anchor3,
        _ => Anchor4,
    };
}

/// <summary>A person asked to score one candidate at one phase.</summary>
public sealed class Panelist : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid PhaseId { get; set; }

    public Guid StaffMemberId { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTime AddedAt { get; set; }
}

public enum Recommendation
{
    StrongYes = 0,
    Yes = 1,
    No = 2,
    StrongNo = 3,
}

/// <summary>One panelist's submitted scores; it exists only once submitted and is not changed after.</summary>
public sealed class Scorecard : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid PanelistId { get; set; }

    public Recommendation Recommendation { get; set; }

    public string? Comments { get; set; }

    public DateTime SubmittedAt { get; set; }

    public List<ScorecardRating> Ratings { get; init; } = [];
}

public sealed class ScorecardRating : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ScorecardId { get; set; }

    public Guid AttributeId { get; set; }

    /// <summary>1 to 4, read against the attribute's anchors.</summary>
    public int Score { get; set; }
}

internal sealed class EndingReasonConfiguration : IEntityTypeConfiguration<EndingReason>
{
    public void Configure(EntityTypeBuilder<EndingReason> e)
    {
        e.Property(r => r.Label).HasMaxLength(200);
        e.HasIndex(r => new { r.CoalitionId, r.Kind, r.SortOrder });
    }
}

internal sealed class CaseStudyConfiguration : IEntityTypeConfiguration<CaseStudy>
{
    public void Configure(EntityTypeBuilder<CaseStudy> e)
    {
        e.Property(c => c.Title).HasMaxLength(200);
        e.Property(c => c.Scenario).HasMaxLength(4000);
        e.Property(c => c.GoodAnswers).HasMaxLength(4000);
        e.Property(c => c.Language).HasMaxLength(8);
        e.HasIndex(c => new { c.CoalitionId, c.IsArchived, c.Title });
    }
}

internal sealed class CaseStudyAssignmentConfiguration : IEntityTypeConfiguration<CaseStudyAssignment>
{
    public void Configure(EntityTypeBuilder<CaseStudyAssignment> e)
    {
        e.Property(a => a.AssignedBy).HasMaxLength(256);
        e.HasIndex(a => a.ApplicationId).IsUnique();
        e.HasOne<JobApplication>().WithMany().HasForeignKey(a => a.ApplicationId);
        e.HasOne<CaseStudy>().WithMany().HasForeignKey(a => a.CaseStudyId);
    }
}

internal sealed class ShadowingSessionConfiguration : IEntityTypeConfiguration<ShadowingSession>
{
    public void Configure(EntityTypeBuilder<ShadowingSession> e)
    {
        e.Property(s => s.Place).HasMaxLength(300);
        e.Property(s => s.ScheduledBy).HasMaxLength(256);
        e.HasIndex(s => s.ApplicationId);
        e.HasIndex(s => new { s.HostStaffId, s.Date });
        e.HasOne<JobApplication>().WithMany().HasForeignKey(s => s.ApplicationId);
        e.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.HostStaffId);
    }
}

internal sealed class ShadowingFeedbackConfiguration : IEntityTypeConfiguration<ShadowingFeedback>
{
    public void Configure(EntityTypeBuilder<ShadowingFeedback> e)
    {
        e.Property(f => f.Comments).HasMaxLength(2000);
        e.HasIndex(f => f.SessionId).IsUnique();
        e.HasOne<ShadowingSession>().WithMany().HasForeignKey(f => f.SessionId);
    }
}

internal sealed class ScoringAttributeConfiguration : IEntityTypeConfiguration<ScoringAttribute>
{
    public void Configure(EntityTypeBuilder<ScoringAttribute> e)
    {
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.Anchor1).HasMaxLength(300);
        e.Property(a => a.Anchor2).HasMaxLength(300);
        e.Property(a => a.Anchor3).HasMaxLength(300);
        e.Property(a => a.Anchor4).HasMaxLength(300);
        e.HasIndex(a => new { a.CoalitionId, a.SortOrder });
    }
}

internal sealed class PanelistConfiguration : IEntityTypeConfiguration<Panelist>
{
    public void Configure(EntityTypeBuilder<Panelist> e)
    {
        e.Property(p => p.AddedBy).HasMaxLength(256);
        e.HasIndex(p => new { p.ApplicationId, p.PhaseId, p.StaffMemberId }).IsUnique();
        e.HasIndex(p => p.StaffMemberId);
        e.HasOne<JobApplication>().WithMany().HasForeignKey(p => p.ApplicationId);
        e.HasOne<PipelinePhase>().WithMany().HasForeignKey(p => p.PhaseId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId);
    }
}

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> e)
    {
        e.Property(s => s.Comments).HasMaxLength(2000);
        e.HasIndex(s => s.PanelistId).IsUnique();
        e.HasOne<Panelist>().WithMany().HasForeignKey(s => s.PanelistId);
        e.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.ScorecardId);
    }
}

internal sealed class ScorecardRatingConfiguration : IEntityTypeConfiguration<ScorecardRating>
{
    public void Configure(EntityTypeBuilder<ScorecardRating> e)
    {
        e.HasIndex(r => new { r.ScorecardId, r.AttributeId }).IsUnique();
        e.HasOne<ScoringAttribute>().WithMany().HasForeignKey(r => r.AttributeId);
    }
}
