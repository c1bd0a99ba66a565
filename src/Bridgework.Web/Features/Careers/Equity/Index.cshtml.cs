using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Equity;

/// <summary>The pay-equity report for coalition admins: one group dimension at a time, small groups suppressed.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class IndexModel(PayEquityReport report, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public EquityDimension Dimension { get; set; }

    public PayEquityReport.Result Result { get; private set; } = null!;

    public Chart? CompaChart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await report.RunAsync(Dimension, cancellationToken);
        var shown = Result.Groups.Where(g => !g.Suppressed).ToList();
        CompaChart = shown.Count == 0 ? null : new Chart(
            text["Average compa-ratio by {0}", text[EquityLabels.Of(Dimension)].Value.ToLowerInvariant()],
            shown.Select(g => text[g.Name].Value).ToList(),
            [new ChartSeries(text["Average compa-ratio"], shown.Select(g => Math.Round(g.AverageCompa, 2)).ToList())])
        { Format = "0.00", Horizontal = true };
    }

    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken cancellationToken)
    {
        Result = await report.RunAsync(Dimension, cancellationToken);
        string Hidden() => text["Fewer than {0} people: not shown", PayEquityReport.MinimumGroup].Value;
        var groups = new TableSheet(text["Groups"],
            [text["Group"], text["People"], text["Average hourly rate"], text["Average compa-ratio"], text["Raw gap an hour"], text["Gap within the level an hour"]],
            Result.Groups.Select(g => g.Suppressed
                ? (IReadOnlyList<object?>)[text[g.Name].Value, Hidden(), null, null, null, null]
                : [text[g.Name].Value, g.Count, PayMath.Cents(g.AverageRate), Math.Round(g.AverageCompa, 2), PayMath.Cents(g.RawGap), PayMath.Cents(g.GapWithinLevel)]));
        var cells = new TableSheet(text["By level"],
            [text["Job family"], text["Level"], text["Group"], text["People"], text["Average hourly rate"], text["Average compa-ratio"]],
            Result.Cells.Select(c => c.Suppressed
                ? (IReadOnlyList<object?>)[text[CareersLabels.Of(c.Family)].Value, c.Level, text[c.Group].Value, Hidden(), null, null]
                : [text[CareersLabels.Of(c.Family)].Value, c.Level, text[c.Group].Value, c.Count, PayMath.Cents(c.AverageRate), Math.Round(c.AverageCompa, 2)]));
        return TableFile.Download(format, "pay-equity-" + Dimension.ToString().ToLowerInvariant(), groups, cells);
    }
}
