using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Careers;

/// <summary>The job families a coalition builds ladders for.</summary>
public enum CareerFamily
{
    CommunityHealthWorker = 0,
    Promotora = 1,
    PeerSupportSpecialist = 2,
    SupervisionTrack = 3,
}

public enum LadderStatus
{
    Draft = 0,
    Published = 1,
    Superseded = 2,
}

public enum DifferentialKind
{
    None = 0,
    Amount = 1,
    Percent = 2,
}

/// <summary>The coalition's pay settings: how many paid hours make a year (2,080 unless it says otherwise).</summary>
public sealed class CareerSettings : ITenantOwned, IAudited, IVersioned
{
    public const int DefaultHoursPerYear = 2080;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public int HoursPerYear { get; set; } = DefaultHoursPerYear;

    public const string DefaultHousehold = "1 adult 0 children";

    /// <summary>The county whose living wage every level's minimum is checked against.</summary>
    public string? County { get; set; }

    /// <summary>The household type of the living wage used for that check.</summary>
    public string LivingWageHousehold { get; set; } = DefaultHousehold;

    /// <summary>Whether the network view may show the coalition's name beside its ranges; otherwise it is "Coalition A".</summary>
    public bool ShareLadderWithNetwork { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// One version of a job family's career ladder. A family has at most one published version at a time;
/// publishing a draft supersedes the one before, which stays readable as history.
/// </summary>
public sealed class CareerLadder : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public CareerFamily Family { get; set; }

    public required string Name { get; set; }

    /// <summary>1 for the first version of a family's ladder, counting up with each draft.</summary>
    public int Number { get; set; }

    public LadderStatus Status { get; set; }

    /// <summary>The date pay and levels of this version take effect; set when published.</summary>
    public DateOnly? EffectiveDate { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The published version this draft started from, for comparison.</summary>
    public Guid? BasedOnId { get; set; }

    /// <summary>Hourly bilingual differential, as an amount in dollars or a percentage of the rate.</summary>
    public DifferentialKind BilingualKind { get; set; }

    public decimal BilingualValue { get; set; }

    public DifferentialKind FieldKind { get; set; }

    public decimal FieldValue { get; set; }

    public DifferentialKind LeadKind { get; set; }

    public decimal LeadValue { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A rung on a ladder: what the job is, what it takes and what it pays.</summary>
public sealed class LadderLevel : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid LadderId { get; set; }

    /// <summary>Position on the ladder, 1 for the entry level.</summary>
    public int Rank { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public string? Responsibilities { get; set; }

    /// <summary>Months of experience the level asks for.</summary>
    public int MonthsOfExperience { get; set; }

    /// <summary>What counts toward those months: lived, volunteer and community experience, not only schooling.</summary>
    public string? ExperienceEquivalencies { get; set; }

    /// <summary>Required credentials, one name a line.</summary>
    public string? Credentials { get; set; }

    /// <summary>Required courses, one name a line.</summary>
    public string? Courses { get; set; }

    /// <summary>Competency proficiencies, one a line as "name: level".</summary>
    public string? Competencies { get; set; }

    public string? PerformanceCriterion { get; set; }

    public decimal MinHourly { get; set; }

    public decimal MidHourly { get; set; }

    public decimal MaxHourly { get; set; }

    /// <summary>Number of steps in the range (0 when the level has no steps).</summary>
    public int Steps { get; set; }

    /// <summary>Percentage each step adds to the one before, for example 3 for 3 %.</summary>
    public decimal StepPercent { get; set; }

    public Guid Version { get; set; }
}

/// <summary>Where a worker stands on a ladder from a date on; the rows of a person make their history.</summary>
public sealed class Placement : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public Guid LevelId { get; set; }

    public int? Step { get; set; }

    [Sensitive]
    public decimal HourlyRate { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }
}

internal sealed class CareerSettingsConfiguration : IEntityTypeConfiguration<CareerSettings>
{
    public void Configure(EntityTypeBuilder<CareerSettings> e)
    {
        e.HasIndex(s => s.CoalitionId).IsUnique();
        e.Property(s => s.County).HasMaxLength(100);
        e.Property(s => s.LivingWageHousehold).HasMaxLength(60);
    }
}

internal sealed class LadderConfiguration : IEntityTypeConfiguration<CareerLadder>
{
    public void Configure(EntityTypeBuilder<CareerLadder> e)
    {
        e.Property(l => l.Name).HasMaxLength(200);
        e.HasIndex(l => new { l.CoalitionId, l.Family, l.Number }).IsUnique();
    }
}

internal sealed class LadderLevelConfiguration : IEntityTypeConfiguration<LadderLevel>
{
    public void Configure(EntityTypeBuilder<LadderLevel> e)
    {
        e.Property(l => l.Title).HasMaxLength(200);
        e.Property(l => l.Summary).HasMaxLength(1000);
        e.Property(l => l.Responsibilities).HasMaxLength(4000);
        e.Property(l => l.ExperienceEquivalencies).HasMaxLength(2000);
        e.Property(l => l.Credentials).HasMaxLength(2000);
        e.Property(l => l.Courses).HasMaxLength(2000);
        e.Property(l => l.Competencies).HasMaxLength(2000);
        e.Property(l => l.PerformanceCriterion).HasMaxLength(2000);
        e.HasOne<CareerLadder>().WithMany().HasForeignKey(l => l.LadderId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(l => new { l.LadderId, l.Rank });
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> e)
    {
        e.Property(p => p.Note).HasMaxLength(500);
        e.HasOne<LadderLevel>().WithMany().HasForeignKey(p => p.LevelId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<People.StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.StaffMemberId, p.EffectiveDate });
    }
}
