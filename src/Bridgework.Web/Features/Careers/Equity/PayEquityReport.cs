using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Equity;

/// <summary>
/// Pay and compa-ratio of the coalition's placed, active workers by one self-reported group dimension:
/// each group's average against everyone's (the raw gap) and against the average of the same level (the gap
/// within a level). A group of fewer than <see cref="MinimumGroup"/> people is suppressed; when only one
/// group would be, the next smallest is suppressed too, so the hidden one cannot be worked out from the total.
/// </summary>
public sealed class PayEquityReport(CurrentPlacements placements, Platform.Data.AppDbContext db)
{
    public const int MinimumGroup = 5;

    public const string NotAnswered = "Not answered";

    public async Task<Result> RunAsync(EquityDimension dimension, CancellationToken cancellationToken)
    {
        var current = (await placements.CurrentAsync(cancellationToken)).Where(c => c.Status != EmploymentStatus.Separated);
        var rows = await current
            .GroupJoin(db.Set<SelfIdentification>(), c => c.StaffMemberId, s => s.StaffMemberId, (c, s) => new { c, s })
            .SelectMany(x => x.s.DefaultIfEmpty(), (x, s) => new
            {
                x.c.LevelId, x.c.Level, x.c.Family, x.c.Rank, x.c.HourlyRate, x.c.MidHourly,
                Gender = (GenderGroup?)s!.Gender, Race = (RaceEthnicityGroup?)s.RaceEthnicity,
                Language = (LanguageGroup?)s.PrimaryLanguage, Lived = (LivedExperienceGroup?)s.LivedExperience,
            })
            .ToListAsync(cancellationToken);
        var people = rows.Select(r => new Person(
            r.LevelId, r.Level, r.Family, r.Rank, r.HourlyRate, PayMath.CompaRatio(r.HourlyRate, r.MidHourly) ?? 0,
            dimension switch
            {
                EquityDimension.Gender => r.Gender is { } g ? EquityLabels.Of(g) : NotAnswered,
                EquityDimension.RaceEthnicity => r.Race is { } x ? EquityLabels.Of(x) : NotAnswered,
                EquityDimension.PrimaryLanguage => r.Language is { } l ? EquityLabels.Of(l) : NotAnswered,
                _ => r.Lived is { } e ? EquityLabels.Of(e) : NotAnswered,
            })).ToList();
        return Compute(dimension, people);
    }

    /// <summary>The arithmetic, apart from the database, so it can be checked on a known set.</summary>
    public static Result Compute(EquityDimension dimension, IReadOnlyList<Person> people)
    {
        if (people.Count == 0)
        {
            return new Result(dimension, 0, 0, 0, [], []);
        }

        var overallRate = people.Average(p => p.HourlyRate);
        var overallCompa = people.Average(p => p.CompaRatio);
        var levelAverage = people.GroupBy(p => p.LevelId).ToDictionary(g => g.Key, g => g.Average(p => p.HourlyRate));
        var groups = people.GroupBy(p => p.Group)
            .Select(g => new Group(
                g.Key, g.Count(), false,
                g.Average(p => p.HourlyRate), g.Average(p => p.CompaRatio),
                g.Average(p => p.HourlyRate) - overallRate,
                g.Average(p => p.HourlyRate - levelAverage[p.LevelId])))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        groups = Suppress(groups, g => g.Count, g => g with { Suppressed = true });

        var cells = people.GroupBy(p => (p.Family, p.Rank, p.Level))
            .OrderBy(g => g.Key.Family).ThenBy(g => g.Key.Rank)
            .SelectMany(level =>
            {
                var inLevel = level.GroupBy(p => p.Group)
                    .Select(g => new Cell(level.Key.Family, level.Key.Level, g.Key, g.Count(), false, g.Average(p => p.HourlyRate), g.Average(p => p.CompaRatio)))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Group, StringComparer.Ordinal)
                    .ToList();
                return Suppress(inLevel, c => c.Count, c => c with { Suppressed = true });
            })
            .ToList();
        return new Result(dimension, people.Count, overallRate, overallCompa, groups, cells);
    }

    private static List<T> Suppress<T>(List<T> items, Func<T, int> count, Func<T, T> hide)
    {
        var hidden = items.Select(i => count(i) < MinimumGroup).ToList();
        if (hidden.Count(h => h) == 1 && items.Count > 1)
        {
            // Secondary suppression: hide the smallest group still shown as well.
            var next = Enumerable.Range(0, items.Count).Where(i => !hidden[i]).OrderBy(i => count(items[i])).First();
            hidden[next] = true;
        }

        return items.Select((item, i) => hidden[i] ? hide(item) : item).ToList();
    }

    public sealed record Person(Guid LevelId, string Level, CareerFamily Family, int Rank, decimal HourlyRate, decimal CompaRatio, string Group);

    public sealed record Group(string Name, int Count, bool Suppressed, decimal AverageRate, decimal AverageCompa, decimal RawGap, decimal GapWithinLevel);

    public sealed record Cell(CareerFamily Family, string Level, string Group, int Count, bool Suppressed, decimal AverageRate, decimal AverageCompa);

    public sealed record Result(EquityDimension Dimension, int People, decimal OverallRate, decimal OverallCompa, IReadOnlyList<Group> Groups, IReadOnlyList<Cell> Cells);
}
