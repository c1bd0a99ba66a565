using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>
/// A worker's standing against the next level of their published ladder: months of service from People,
/// credentials, courses and competencies from TrainingFacts. A competency is met when the supervisor's latest
/// rating is at or above the level asked for. The performance criterion is for the supervisor to judge, so it
/// stays "to be confirmed" and the justification speaks to it, as does a free-text competency line that names
/// no competency of the coalition's framework. My path and promotion reviews both show this one checklist.
/// </summary>
public sealed class PromotionChecklist(AppDbContext db, TrainingFacts training, CoalitionCalendar calendar)
{
    public async Task<Standing?> ForAsync(Guid staffMemberId, CancellationToken cancellationToken)
    {
        var person = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == staffMemberId)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobFamily, s.HireDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var today = await calendar.TodayAsync(cancellationToken);
        int? months = person.HireDate is { } hired && hired <= today
            ? ((today.Year - hired.Year) * 12) + today.Month - hired.Month - (today.Day < hired.Day ? 1 : 0)
            : null;
        var current = await db.Set<Placement>().AsNoTracking()
            .Where(p => p.StaffMemberId == staffMemberId && p.EffectiveDate <= today)
            .OrderByDescending(p => p.EffectiveDate).ThenByDescending(p => p.RecordedAt)
            .Join(db.Set<LadderLevel>(), p => p.LevelId, l => l.Id, (p, l) => new { p, l })
            .Join(db.Set<CareerLadder>(), x => x.l.LadderId, d => d.Id, (x, d) => new { d.Family, x.l.Rank, x.l.Title, LevelId = x.l.Id, x.p.HourlyRate, x.p.Step })
            .FirstOrDefaultAsync(cancellationToken);
        var family = current?.Family ?? CareersLabels.FamilyFor(person.JobFamily);
        var levels = family is null
            ? []
            : await db.Set<LadderLevel>().AsNoTracking()
                .Join(db.Set<CareerLadder>().Where(d => d.Family == family && d.Status == LadderStatus.Published), l => l.LadderId, d => d.Id, (l, d) => l)
                .OrderBy(l => l.Rank)
                .Take(50)
                .ToListAsync(cancellationToken);
        var next = current is null ? levels.FirstOrDefault() : levels.FirstOrDefault(l => l.Rank > current.Rank);
        var items = next is null ? [] : await ItemsAsync(staffMemberId, next, months, today, cancellationToken);
        return new Standing(person.Id, person.Name, current?.LevelId, current?.Title, current?.HourlyRate, months, next, levels, items);
    }

    private async Task<IReadOnlyList<Item>> ItemsAsync(Guid staffMemberId, LadderLevel next, int? months, DateOnly today, CancellationToken cancellationToken)
    {
        var credentials = (await training.CredentialsAsync(staffMemberId, cancellationToken))
            .Where(c => c.ExpiresOn is null || c.ExpiresOn >= today).Select(c => c.Name).ToList();
        var courses = (await training.CompletedCoursesAsync(staffMemberId, 500, cancellationToken)).Select(c => c.Title).ToList();
        var items = new List<Item>
        {
            new("Experience", next.MonthsOfExperience.ToString(System.Globalization.CultureInfo.InvariantCulture),
                months is { } m ? (m >= next.MonthsOfExperience ? ItemState.Met : ItemState.Missing) : ItemState.ToBeConfirmed),
        };
        items.AddRange(CareersLabels.Lines(next.Credentials).Select(c => new Item("Credential", c, Matches(credentials, c) ? ItemState.Met : ItemState.Missing)));
        items.AddRange(CareersLabels.Lines(next.Courses).Select(c => new Item("Course", c, Matches(courses, c) ? ItemState.Met : ItemState.Missing)));
        var competencies = CareersLabels.Lines(next.Competencies);
        if (competencies.Count > 0)
        {
            var rated = (await training.CompetencyLevelsAsync(staffMemberId, cancellationToken))
                .ToDictionary(f => f.Competency, f => CompetencyRequirement.LevelOf(f.Level.ToString()), StringComparer.OrdinalIgnoreCase);
            var framework = (await training.CompetencyNamesAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            items.AddRange(competencies.Select(line => CompetencyItem(line, rated, framework)));
        }

        if (next.PerformanceCriterion is { } criterion)
        {
            items.Add(new Item("Performance", criterion, ItemState.ToBeConfirmed));
        }

        return items;
    }

    private static Item CompetencyItem(string line, Dictionary<string, int> rated, HashSet<string> framework)
    {
        if (CompetencyRequirement.Parse(line) is not { } wanted || !(framework.Contains(wanted.Name) || rated.ContainsKey(wanted.Name)))
        {
            return new Item("Competency", line, ItemState.ToBeConfirmed);
        }

        if (!rated.TryGetValue(wanted.Name, out var level) || level < 0)
        {
            return new Item("Competency", wanted.Line, ItemState.Missing, NotRated);
        }

        return new Item("Competency", wanted.Line, level >= wanted.Level ? ItemState.Met : ItemState.Missing, CompetencyRequirement.Scale[level]);
    }

    /// <summary>The detail of a competency the supervisor has not rated yet.</summary>
    public const string NotRated = "not rated";

    // A course called "CHW core skills (80 hours)" is met by a completed "CHW Core Skills" and the other way round.
    private static bool Matches(IEnumerable<string> held, string required)
    {
        var want = Key(required);
        return held.Select(Key).Any(h => h.Length > 0 && (h == want || h.Contains(want, StringComparison.Ordinal) || want.Contains(h, StringComparison.Ordinal)));
    }

    private static string Key(string text)
    {
        var cut = text.IndexOf('(', StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).Trim().ToLowerInvariant();
    }

    public sealed record Standing(
        Guid StaffMemberId, string Name, Guid? CurrentLevelId, string? CurrentLevel, decimal? HourlyRate, int? MonthsOfService,
        LadderLevel? NextLevel, IReadOnlyList<LadderLevel> Levels, IReadOnlyList<Item> Items)
    {
        public int MissingCount => Items.Count(i => i.State == ItemState.Missing);

        /// <summary>The checklist as stored with a review.</summary>
        public string Snapshot => string.Join('\n', Items.Select(i => i.Detail is null ? $"{i.State}|{i.Kind}|{i.What}" : $"{i.State}|{i.Kind}|{i.What}|{i.Detail}"));
    }

    /// <summary>One requirement and where the worker stands on it; for a competency, Detail is the level last rated.</summary>
    public sealed record Item(string Kind, string What, ItemState State, string? Detail = null);

    public enum ItemState
    {
        Met = 0,
        Missing = 1,
        ToBeConfirmed = 2,
    }

    /// <summary>Reads a stored checklist back.</summary>
    public static IReadOnlyList<Item> Parse(string snapshot) => CareersLabels.Lines(snapshot)
        .Select(line => line.Split('|', 4))
        .Where(parts => parts.Length >= 3 && Enum.TryParse<ItemState>(parts[0], out _))
        .Select(parts => new Item(parts[1], parts[2], Enum.Parse<ItemState>(parts[0]), parts.Length == 4 ? parts[3] : null))
        .ToList();
}
