using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Exports;

/// <summary>Current placements with compa-ratio, penetration and range flags, filtered like the list.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class PlacementsModel(CurrentPlacements placements, IStringLocalizer<CareersText> text) : PageModel
{
    /// <summary>A download is a report, not a page: it has a ceiling instead of paging.</summary>
    public const int MaxRows = 20_000;

    public async Task<IActionResult> OnGetAsync(string? format, CareerFamily? family, RangePosition? flag, CancellationToken cancellationToken)
    {
        var query = (await placements.CurrentAsync(cancellationToken)).Where(c => c.Status != EmploymentStatus.Separated);
        if (family is { } f)
        {
            query = query.Where(c => c.Family == f);
        }

        query = flag switch
        {
            RangePosition.BelowMinimum => query.Where(c => c.HourlyRate < c.MinHourly),
            RangePosition.AboveMaximum => query.Where(c => c.HourlyRate > c.MaxHourly),
            RangePosition.InRange => query.Where(c => c.HourlyRate >= c.MinHourly && c.HourlyRate <= c.MaxHourly),
            _ => query,
        };
        var rows = await query.OrderBy(c => c.LastName).ThenBy(c => c.Name).ThenBy(c => c.StaffMemberId).Take(MaxRows).ToListAsync(cancellationToken);
        var sheet = new TableSheet(text["Placements"],
            [text["Worker"], text["Job family"], text["Level"], text["Step"], text["Hourly rate"], text["Minimum"], text["Midpoint"], text["Maximum"],
                text["Compa-ratio"], text["Range penetration"], text["Flag"], text["Since"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.Name, text[CareersLabels.Of(r.Family)].Value, r.Level, r.Step, r.HourlyRate, r.MinHourly, r.MidHourly, r.MaxHourly,
                r.CompaRatio, r.Penetration,
                r.Position switch
                {
                    RangePosition.BelowMinimum => text["Below the minimum"].Value,
                    RangePosition.AboveMaximum => text["Above the maximum"].Value,
                    _ => text["Within the range"].Value,
                },
                r.EffectiveDate]));
        return TableFile.Download(format ?? "csv", "placements", sheet);
    }
}
