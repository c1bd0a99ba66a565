using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Network;

/// <summary>Each coalition's published ranges for comparable levels, with the low, median and high across the network.</summary>
[Authorize(Policy = CareersPermissions.Network)]
public sealed class IndexModel(NetworkRanges ranges, IStringLocalizer<CareersText> text) : PageModel
{
    public IReadOnlyList<NetworkRanges.FamilyRanges> Families { get; private set; } = [];

    public Dictionary<CareerFamily, Chart> Charts { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Families = await ranges.RunAsync(cancellationToken);
        foreach (var family in Families)
        {
            Charts[family.Family] = new Chart(
                text["{0}: ranges across coalitions", text[CareersLabels.Of(family.Family)]],
                family.Ranks.Select(r => text["Level {0}", r.Rank].Value).ToList(),
                [
                    new ChartSeries(text["Lowest minimum"], family.Ranks.Select(r => r.LowestMinimum).ToList()),
                    new ChartSeries(text["Median midpoint"], family.Ranks.Select(r => r.MedianMidpoint).ToList()),
                    new ChartSeries(text["Highest maximum"], family.Ranks.Select(r => r.HighestMaximum).ToList()),
                ])
            { Format = "C" };
        }
    }
}
