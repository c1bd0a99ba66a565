using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Pipeline;

public enum PhaseKind
{
    InProgress = 0,
    Hired = 1,
    NotSelected = 2,
    Withdrawn = 3,
}

/// <summary>A step of the coalition's hiring pipeline; seeded with defaults (<see cref="Defaults"/>), data an admin may change.</summary>
public sealed class PipelinePhase : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public PhaseKind Kind { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The selection tool this phase uses (case study, field shadowing, panel interview), if any.</summary>
    public Selection.SelectionActivity Activity { get; set; }

    /// <summary>Ending phases (not selected, withdrawn) need a reason when someone is moved into them.</summary>
    public bool RequiresReason => Kind is PhaseKind.NotSelected or PhaseKind.Withdrawn;

    public static readonly IReadOnlyList<(string Name, PhaseKind Kind)> Defaults =
    [
        ("Applied", PhaseKind.InProgress),
        ("Phone screen", PhaseKind.InProgress),
        ("Case study", PhaseKind.InProgress),
        ("Field shadowing", PhaseKind.InProgress),
        ("Panel interview", PhaseKind.InProgress),
        ("Conditional offer", PhaseKind.InProgress),
        ("Hired", PhaseKind.Hired),
        ("Not selected", PhaseKind.NotSelected),
        ("Withdrawn", PhaseKind.Withdrawn),
    ];

    /// <summary>Adds the default phases to the current coalition when it has none, and returns the first one.</summary>
    public static async Task<PipelinePhase> EnsureAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var first = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).FirstOrDefaultAsync(cancellationToken);
        if (first is not null)
        {
            return first;
        }

        var phases = Defaults.Select((d, i) => new PipelinePhase { Name = d.Name, Kind = d.Kind, SortOrder = i, Activity = Selection.SelectionDefaults.ActivityOf(d.Name) }).ToList();
        db.AddRange(phases);
        Selection.SelectionDefaults.AddTo(db);
        await db.SaveChangesAsync(cancellationToken);
        return phases[0];
    }
}

/// <summary>One move of one candidate: who moved them, when, from where, to where and why.</summary>
public sealed class PhaseMove : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid? FromPhaseId { get; set; }

    public Guid ToPhaseId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The coalition's listed reason chosen; <see cref="Reason"/> keeps its label as it read then.</summary>
    public Guid? ReasonId { get; set; }

    public string? ReasonNote { get; set; }

    public Guid? MovedById { get; set; }

    public required string MovedBy { get; set; }

    public DateTime MovedAt { get; set; }
}

internal sealed class PipelinePhaseConfiguration : IEntityTypeConfiguration<PipelinePhase>
{
    public void Configure(EntityTypeBuilder<PipelinePhase> e)
    {
        e.Property(p => p.Name).HasMaxLength(100);
        e.Ignore(p => p.RequiresReason);
        e.HasIndex(p => new { p.CoalitionId, p.SortOrder });
    }
}

internal sealed class PhaseMoveConfiguration : IEntityTypeConfiguration<PhaseMove>
{
    public void Configure(EntityTypeBuilder<PhaseMove> e)
    {
        e.Property(m => m.Reason).HasMaxLength(1000);
        e.Property(m => m.ReasonNote).HasMaxLength(1000);
        e.HasOne<Selection.EndingReason>().WithMany().HasForeignKey(m => m.ReasonId);
        e.Property(m => m.MovedBy).HasMaxLength(256);
        e.HasIndex(m => new { m.ApplicationId, m.MovedAt });
        e.HasOne<JobApplication>().WithMany().HasForeignKey(m => m.ApplicationId);
        e.HasOne<PipelinePhase>().WithMany().HasForeignKey(m => m.ToPhaseId);
        e.HasOne<PipelinePhase>().WithMany().HasForeignKey(m => m.FromPhaseId);
    }
}
