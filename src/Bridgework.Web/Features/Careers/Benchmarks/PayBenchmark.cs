using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Careers.Benchmarks;

public enum BenchmarkKind
{
    /// <summary>Market wages for an occupation: percentiles of hourly pay.</summary>
    Market = 0,

    /// <summary>The hourly wage a household of one type needs in a county.</summary>
    LivingWage = 1,
}

/// <summary>
/// A wage figure from a named source and year that ladders are drawn against. A coalition admin enters
/// them for their coalition; the network admin enters network-wide ones that every coalition sees. It is
/// not tenant-owned on purpose: <see cref="OwnerCoalitionId"/> is null for network-wide rows, and
/// <see cref="BenchmarkScope"/> is the one place that decides who reads and writes which.
/// </summary>
public sealed class PayBenchmark : IAudited, IAuditedOwner, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The coalition that entered it, or null for a network-wide benchmark.</summary>
    public Guid? OwnerCoalitionId { get; set; }

    public BenchmarkKind Kind { get; set; }

    /// <summary>Where the figures come from, for example "BLS OEWS May 2023".</summary>
    public required string Source { get; set; }

    public int Year { get; set; }

    /// <summary>The area the figures describe: "National", "California", a metro area.</summary>
    public string? Region { get; set; }

    /// <summary>The county, for living wages (and county-level market data).</summary>
    public string? County { get; set; }

    /// <summary>Standard Occupational Classification code, for example 21-1094 for community health workers.</summary>
    public string? OccupationCode { get; set; }

    /// <summary>For living wages: the household, for example "1 adult 0 children".</summary>
    public string? HouseholdType { get; set; }

    public decimal? P10 { get; set; }

    public decimal? P25 { get; set; }

    public decimal? Median { get; set; }

    public decimal? P75 { get; set; }

    public decimal? P90 { get; set; }

    /// <summary>For living wages: the hourly figure.</summary>
    public decimal? Hourly { get; set; }

    public string? Note { get; set; }

    public Guid Version { get; set; }

    /// <summary>A short name for charts and tables.</summary>
    public string Label => Kind == BenchmarkKind.LivingWage
        ? $"{Source} {Year} · {County} · {HouseholdType}"
        : $"{Source} {Year} · {Region ?? County} · {OccupationCode}";
}

internal sealed class PayBenchmarkConfiguration : IEntityTypeConfiguration<PayBenchmark>
{
    public void Configure(EntityTypeBuilder<PayBenchmark> e)
    {
        e.Property(b => b.Source).HasMaxLength(300);
        e.Property(b => b.Region).HasMaxLength(100);
        e.Property(b => b.County).HasMaxLength(100);
        e.Property(b => b.OccupationCode).HasMaxLength(20);
        e.Property(b => b.HouseholdType).HasMaxLength(60);
        e.Property(b => b.Note).HasMaxLength(1000);
        e.HasIndex(b => new { b.OwnerCoalitionId, b.Kind, b.Year });
    }
}
