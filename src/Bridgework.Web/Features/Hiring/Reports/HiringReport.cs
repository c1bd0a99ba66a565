using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Reports;

/// <summary>Which applications a report counts: one posting or all, sent between two dates of the coalition's calendar.</summary>
public sealed record ReportScope(Guid? PostingId, DateOnly? From, DateOnly? To, string TimeZone);

public sealed record FunnelStep(string Phase, int Reached, decimal? FromPrevious, decimal? FromApplied);

public sealed record ChannelRow(HeardFrom Channel, int Applications, int Hires, decimal? ShareOfHires);

public sealed record PostingFill(Guid PostingId, string Title, DateTime? OpenedAt, int Openings, int Applications, int Hires, decimal? MedianDaysToFill);

public sealed record ReferrerRow(Guid StaffId, string Name, int Referred, int InProcess, int Hired, int NotMovingForward);

/// <summary>A language: hires into postings that needed it, how many of them speak it, and all hires who speak it.</summary>
public sealed record LanguageRow(string Code, int HiresNeedingIt, int OfWhomSpeakIt, int HiresWhoSpeakIt);

public sealed record HiringFigures(
    int Applications,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<ChannelRow> Channels,
    IReadOnlyList<PostingFill> Postings,
    decimal? MedianDaysToFill,
    IReadOnlyList<ReferrerRow> Referrers,
    IReadOnlyList<LanguageRow> Languages);

/// <summary>
/// The hiring figures of the current coalition. Counting happens in the database; only the hires themselves (few,
/// one row each) come back whole, because a median and comma-separated language lists are not portable SQL.
/// </summary>
public sealed class HiringReport(AppDbContext db)
{
    public async Task<HiringFigures> ForAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var applications = Applications(scope);
        var phases = db.Set<PipelinePhase>();
        var moves = db.Set<PhaseMove>();
        var total = await applications.CountAsync(cancellationToken);

        // A candidate reached a phase when their history took them there or further along; leaving by "not
        // selected" or "withdrawn" is not progress, so those phases are not steps of the funnel.
        var progress = phases.Where(p => p.Kind == PhaseKind.InProgress || p.Kind == PhaseKind.Hired);
        var reached = await progress.OrderBy(p => p.SortOrder)
            .Select(p => new
            {
                p.Name,
                Reached = applications.Count(a => progress.Any(q => q.SortOrder >= p.SortOrder
                    && (q.Id == a.PhaseId || moves.Any(m => m.ApplicationId == a.Id && m.ToPhaseId == q.Id)))),
            })
            .ToListAsync(cancellationToken);
        var funnel = new List<FunnelStep>();
        for (var i = 0; i < reached.Count; i++)
        {
            // Everyone who applied is in the first phase, whatever happened to them since.
            var count = i == 0 ? total : reached[i].Reached;
            var previous = i == 0 ? (int?)null : funnel[i - 1].Reached;
            funnel.Add(new FunnelStep(reached[i].Name, count, Share(count, previous), Share(count, total)));
        }

        var withKind = applications.Join(phases, a => a.PhaseId, p => p.Id, (a, p) => new { a.Id, a.PostingId, a.PhaseId, a.HeardFrom, a.ReferrerStaffId, a.Languages, p.Kind });
        var channelCounts = await withKind
            .GroupBy(x => x.HeardFrom)
            .Select(g => new { Channel = g.Key, Applications = g.Count(), Hires = g.Count(x => x.Kind == PhaseKind.Hired) })
            .ToListAsync(cancellationToken);
        var allHires = channelCounts.Sum(c => c.Hires);
        var channels = Enum.GetValues<HeardFrom>()
            .Select(h => channelCounts.FirstOrDefault(c => c.Channel == h) is { } c
                ? new ChannelRow(h, c.Applications, c.Hires, Share(c.Hires, allHires))
                : new ChannelRow(h, 0, 0, Share(0, allHires)))
            .ToList();

        var hires = await withKind.Where(x => x.Kind == PhaseKind.Hired)
            .Join(db.Set<Posting>(), x => x.PostingId, p => p.Id, (x, p) => new
            {
                x.PostingId,
                p.OpenedAt,
                // The hire date is the last move into the hired phase the candidate is in.
                HiredAt = moves.Where(m => m.ApplicationId == x.Id && m.ToPhaseId == x.PhaseId).Max(m => (DateTime?)m.MovedAt),
                Speaks = x.Languages,
                Needed = p.LanguagesNeeded,
            })
            .ToListAsync(cancellationToken);
        var days = hires.Where(h => h.OpenedAt is not null && h.HiredAt is not null)
            .Select(h => new { h.PostingId, Days = (decimal)Math.Max(0, (h.HiredAt!.Value - h.OpenedAt!.Value).TotalDays) })
            .ToList();

        var perPosting = await applications
            .GroupBy(a => a.PostingId)
            .Select(g => new { PostingId = g.Key, Applications = g.Count() })
            .Join(db.Set<Posting>(), g => g.PostingId, p => p.Id, (g, p) => new { g.PostingId, p.Title, p.OpenedAt, p.Openings, g.Applications })
            .OrderBy(x => x.Title)
            .ToListAsync(cancellationToken);
        var postings = perPosting.Select(p => new PostingFill(
                p.PostingId, p.Title, p.OpenedAt, p.Openings, p.Applications,
                hires.Count(h => h.PostingId == p.PostingId),
                Median(days.Where(d => d.PostingId == p.PostingId).Select(d => d.Days))))
            .ToList();

        var referrerCounts = await withKind.Where(x => x.ReferrerStaffId != null)
            .GroupBy(x => x.ReferrerStaffId!.Value)
            .Select(g => new
            {
                StaffId = g.Key,
                Referred = g.Count(),
                InProcess = g.Count(x => x.Kind == PhaseKind.InProgress),
                Hired = g.Count(x => x.Kind == PhaseKind.Hired),
            })
            .ToListAsync(cancellationToken);
        var ids = referrerCounts.Select(r => r.StaffId).ToList();
        var names = await db.Set<StaffMember>().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, First = s.PreferredName ?? s.LegalFirstName, s.LegalLastName })
            .ToDictionaryAsync(s => s.Id, s => s.First + " " + s.LegalLastName, cancellationToken);
        var referrers = referrerCounts
            .Select(r => new ReferrerRow(r.StaffId, names.GetValueOrDefault(r.StaffId, "?"), r.Referred, r.InProcess, r.Hired, r.Referred - r.InProcess - r.Hired))
            .OrderByDescending(r => r.Referred).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();

        static string[] Codes(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var languages = hires.SelectMany(h => Codes(h.Needed).Concat(Codes(h.Speaks))).Distinct(StringComparer.Ordinal)
            .Select(code => new LanguageRow(
                code,
                hires.Count(h => Codes(h.Needed).Contains(code)),
                hires.Count(h => Codes(h.Needed).Contains(code) && Codes(h.Speaks).Contains(code)),
                hires.Count(h => Codes(h.Speaks).Contains(code))))
            .OrderByDescending(l => l.HiresNeedingIt).ThenByDescending(l => l.HiresWhoSpeakIt).ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();

        return new HiringFigures(total, funnel, channels, postings, Median(days.Select(d => d.Days)), referrers, languages);
    }

    /// <summary>The applications in scope, for the reports and their downloads alike.</summary>
    public IQueryable<JobApplication> Applications(ReportScope scope)
    {
        var query = db.Set<JobApplication>().AsNoTracking();
        if (scope.PostingId is { } posting)
        {
            query = query.Where(a => a.PostingId == posting);
        }

        if (scope.From is { } from)
        {
            var start = StartOfDay(from, scope.TimeZone);
            query = query.Where(a => a.SubmittedAt >= start);
        }

        if (scope.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1), scope.TimeZone);
            query = query.Where(a => a.SubmittedAt < end);
        }

        return query;
    }

    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    private static decimal? Share(int part, int? whole) => whole is > 0 ? Math.Round((decimal)part / whole.Value, 4) : null;

    private static DateTime StartOfDay(DateOnly date, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found
            : TimeZoneInfo.TryFindSystemTimeZoneById(CoalitionTime.DefaultZone, out var fallback) ? fallback
            : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
    }
}
