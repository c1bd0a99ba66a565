using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Network;

/// <summary>
/// Published pay ranges across every coalition, for the network staff: levels are comparable by job family
/// and rank. A coalition is named only when its pay settings opt in; the others are "Coalition A", "B"…, lettered
/// in the order they joined, and only among themselves, so a letter says nothing about a named one.
/// </summary>
public sealed class NetworkRanges(AppDbContext db)
{
    private static readonly string[] AllCoalitions = [AppDbContext.TenantFilter];

    public async Task<IReadOnlyList<FamilyRanges>> RunAsync(CancellationToken cancellationToken)
    {
        var levels = await db.Set<LadderLevel>().IgnoreQueryFilters(AllCoalitions).AsNoTracking()
            .Join(db.Set<CareerLadder>().IgnoreQueryFilters(AllCoalitions).Where(d => d.Status == LadderStatus.Published),
                l => l.LadderId, d => d.Id, (l, d) => new Range(d.CoalitionId, d.Family, l.Rank, l.Title, l.MinHourly, l.MidHourly, l.MaxHourly))
            .Take(5000)
            .ToListAsync(cancellationToken);
        var coalitionIds = levels.Select(l => l.CoalitionId).Distinct().ToList();
        var coalitions = await db.Coalitions.AsNoTracking().Where(c => coalitionIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Name,
                Shares = db.Set<CareerSettings>().IgnoreQueryFilters(AllCoalitions).Any(s => s.CoalitionId == c.Id && s.ShareLadderWithNetwork),
            })
            .ToListAsync(cancellationToken);
        return Compute(levels, coalitions.Select(c => (c.Id, c.Name, c.Shares)).ToList());
    }

    /// <summary>The naming and the statistics, apart from the database.</summary>
    public static IReadOnlyList<FamilyRanges> Compute(IReadOnlyList<Range> levels, IReadOnlyList<(Guid Id, string Name, bool Shares)> coalitions)
    {
        var letter = 0;
        var names = coalitions.OrderBy(c => c.Id).ToDictionary(c => c.Id, c => c.Shares ? (Name: c.Name, Anonymous: false) : (Name: Letter(letter++), Anonymous: true));
        return levels.GroupBy(l => l.Family).OrderBy(g => g.Key)
            .Select(family => new FamilyRanges(family.Key, family.GroupBy(l => l.Rank).OrderBy(g => g.Key)
                .Select(rank => new RankRanges(
                    rank.Key,
                    rank.OrderBy(l => names.GetValueOrDefault(l.CoalitionId).Anonymous).ThenBy(l => names.GetValueOrDefault(l.CoalitionId).Name, StringComparer.Ordinal)
                        .Select(l => new CoalitionRange(names.GetValueOrDefault(l.CoalitionId).Name ?? "—", names.GetValueOrDefault(l.CoalitionId).Anonymous, l.Title, l.MinHourly, l.MidHourly, l.MaxHourly))
                        .ToList(),
                    rank.Min(l => l.MinHourly),
                    Median(rank.Select(l => l.MidHourly).ToList()),
                    rank.Max(l => l.MaxHourly)))
                .ToList()))
            .ToList();
    }

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : PayMath.Cents((sorted[middle - 1] + sorted[middle]) / 2m);
    }

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : "A" + (index - 25).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public sealed record Range(Guid CoalitionId, CareerFamily Family, int Rank, string Title, decimal MinHourly, decimal MidHourly, decimal MaxHourly);

    /// <summary>A coalition's range; <paramref name="Coalition"/> is its name, or only a letter when <paramref name="Anonymous"/>.</summary>
    public sealed record CoalitionRange(string Coalition, bool Anonymous, string Title, decimal MinHourly, decimal MidHourly, decimal MaxHourly);

    public sealed record RankRanges(int Rank, IReadOnlyList<CoalitionRange> Coalitions, decimal LowestMinimum, decimal MedianMidpoint, decimal HighestMaximum);

    public sealed record FamilyRanges(CareerFamily Family, IReadOnlyList<RankRanges> Ranks);
}
