using System.Globalization;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Reports;

/// <summary>
/// Hiring figures for the coalition or one posting: the funnel from phase to phase, time to fill, where hires
/// heard about the job, referral outcomes by referrer, and the languages of hires against what postings
/// needed. Each table downloads as CSV, or all of them as one workbook.
/// </summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, ITenantContext tenant, HiringReport report, IStringLocalizer<HiringText> text) : PageModel
{
    public static readonly string[] Tables = ["funnel", "channels", "postings", "referrers", "languages"];

    /// <summary>The postings offered in the filter: the most recent ones, so the list stays short.</summary>
    public const int PostingChoices = 200;

    [BindProperty(SupportsGet = true)]
    public Guid? Posting { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<(Guid Id, string Title)> Postings { get; private set; } = [];

    public HiringFigures? Figures { get; private set; }

    public string TimeZone { get; private set; } = CoalitionTime.DefaultZone;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ScopeAsync(cancellationToken) is not { } scope)
        {
            return Posting is not null && !ModelState.ContainsKey(nameof(To)) ? NotFound() : Page();
        }

        Figures = await report.ForAsync(scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? table, string? format, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        var figures = await report.ForAsync(scope, cancellationToken);
        var sheets = Sheets(figures);
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx)
        {
            var index = Array.IndexOf(Tables, table);
            if (index < 0)
            {
                return NotFound();
            }

            return TableFile.Download("csv", "hiring-" + table, sheets[index]);
        }

        return TableFile.Download("xlsx", "hiring-report", sheets);
    }

    public string Query(string? table = null, string? format = null)
    {
        var parts = new List<string>();
        if (table is not null || format is not null)
        {
            parts.Add("handler=Download");
        }

        if (table is not null)
        {
            parts.Add("table=" + table);
        }

        if (format is not null)
        {
            parts.Add("format=" + format);
        }

        if (Posting is { } posting)
        {
            parts.Add("posting=" + posting);
        }

        if (From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return "/Hiring/Reports" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    public TableSheet[] Sheets(HiringFigures f) =>
    [
        new(text["Funnel"],
            [text["Phase"], text["Reached"], text["From the phase before"], text["From applied"]],
            f.Funnel.Select(s => (IReadOnlyList<object?>)[text[s.Phase].Value, s.Reached, s.FromPrevious, s.FromApplied])),
        new(text["Channels"],
            [text["How they heard"], text["Applications"], text["Hires"], text["Share of hires"]],
            f.Channels.Select(c => (IReadOnlyList<object?>)[text[HiringLabels.Of(c.Channel)].Value, c.Applications, c.Hires, c.ShareOfHires])),
        new(text["Time to fill"],
            [text["Posting"], text["Opened"], text["Openings"], text["Applications"], text["Hires"], text["Median days to fill"]],
            f.Postings.Select(p => (IReadOnlyList<object?>)[p.Title, p.OpenedAt is { } o ? CoalitionTime.ToLocalDate(o, TimeZone) : null, p.Openings, p.Applications, p.Hires, p.MedianDaysToFill])),
        new(text["Referrals"],
            [text["Referrer"], text["Referred"], text["In process"], text["Hired"], text["Not moving forward"]],
            f.Referrers.Select(r => (IReadOnlyList<object?>)[r.Name, r.Referred, r.InProcess, r.Hired, r.NotMovingForward])),
        new(text["Languages"],
            [text["Language"], text["Hires into postings that needed it"], text["Of them, speak it"], text["All hires who speak it"]],
            f.Languages.Select(l => (IReadOnlyList<object?>)[People.Languages.Name(l.Code, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es"), l.HiresNeedingIt, l.OfWhomSpeakIt, l.HiresWhoSpeakIt])),
    ];

    private async Task<ReportScope?> ScopeAsync(CancellationToken cancellationToken)
    {
        Postings = (await db.Set<Posting>().AsNoTracking()
                .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
                .Take(PostingChoices)
                .Select(p => new { p.Id, p.Title })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Title)).ToList();
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), text["The end date is before the start date."]);
            return null;
        }

        if (Posting is { } id && !await db.Set<Posting>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            return null;
        }

        var zone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken);
        TimeZone = zone ?? CoalitionTime.DefaultZone;
        return new ReportScope(Posting, From, To, TimeZone);
    }
}
