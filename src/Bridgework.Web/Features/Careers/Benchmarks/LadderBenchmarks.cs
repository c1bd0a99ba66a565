using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>
/// The benchmarks a ladder is drawn against: the latest market wages the coalition can see, and the
/// living wage of the coalition's county (pay settings) for its household type. Levels are in one
/// coalition's ladder and have no site of their own, so the coalition's county is the one that counts.
/// </summary>
public sealed class LadderBenchmarks(AppDbContext db, BenchmarkScope scope)
{
    public const int MarketShown = 3;

    public async Task<BenchmarkSet> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = scope.Visible(user).AsNoTracking();
        var market = await visible.Where(b => b.Kind == BenchmarkKind.Market && b.Median != null)
            .OrderByDescending(b => b.Year).ThenBy(b => b.OwnerCoalitionId == null).ThenBy(b => b.Id)
            .Take(MarketShown)
            .ToListAsync(cancellationToken);
        var living = await LivingWageAsync(visible, cancellationToken);
        return new BenchmarkSet(market, living.Wage, living.County, living.Household);
    }

    /// <summary>The living wage a level's minimum is checked against, for pages that need only that.</summary>
    public async Task<(PayBenchmark? Wage, string? County, string Household)> LivingWageAsync(IQueryable<PayBenchmark> visible, CancellationToken cancellationToken)
    {
        var settings = await db.Set<CareerSettings>().AsNoTracking()
            .Select(s => new { s.County, s.LivingWageHousehold })
            .FirstOrDefaultAsync(cancellationToken);
        var household = settings?.LivingWageHousehold ?? CareerSettings.DefaultHousehold;
        if (settings?.County is not { } county)
        {
            return (null, null, household);
        }

        var countyKey = county.ToLower();
        var householdKey = household.ToLower();
        var wage = await visible
            .Where(b => b.Kind == BenchmarkKind.LivingWage && b.Hourly != null
                && (b.County ?? "").ToLower() == countyKey && (b.HouseholdType ?? "").ToLower() == householdKey)
            .OrderByDescending(b => b.Year).ThenBy(b => b.OwnerCoalitionId == null)
            .FirstOrDefaultAsync(cancellationToken);
        return (wage, county, household);
    }
}

/// <summary>The market benchmarks and the living wage a ladder is compared with.</summary>
public sealed record BenchmarkSet(IReadOnlyList<PayBenchmark> Market, PayBenchmark? LivingWage, string? County, string Household)
{
    /// <summary>Whether a level's minimum is under the county's living wage.</summary>
    public bool BelowLivingWage(LadderLevel level) => LivingWage?.Hourly is { } wage && level.MinHourly < wage;
}
