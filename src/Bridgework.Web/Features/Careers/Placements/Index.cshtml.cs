using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Placements;

/// <summary>Every placed worker's current level, rate, compa-ratio and range penetration, with range flags.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class IndexModel(CurrentPlacements placements) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CareerFamily? Family { get; set; }

    [BindProperty(SupportsGet = true)]
    public RangePosition? Flag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CurrentPlacements.Current> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public static readonly string[] Sorts = ["name", "level", "compa", "rate", "effective"];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = (await placements.CurrentAsync(cancellationToken)).Where(c => c.Status != EmploymentStatus.Separated);
        if (Family is { } family)
        {
            query = query.Where(c => c.Family == family);
        }

        query = Flag switch
        {
            RangePosition.BelowMinimum => query.Where(c => c.HourlyRate < c.MinHourly),
            RangePosition.AboveMaximum => query.Where(c => c.HourlyRate > c.MaxHourly),
            RangePosition.InRange => query.Where(c => c.HourlyRate >= c.MinHourly && c.HourlyRate <= c.MaxHourly),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);

        // Money is ordered as a real number: SQLite cannot order decimal columns, and the order is the same.
        IOrderedQueryable<CurrentPlacements.Current> ordered = Sort switch
        {
            "level" => query.OrderBy(c => c.Family).ThenBy(c => c.Rank).ThenBy(c => c.LastName),
            "compa" => query.OrderBy(c => (double)c.HourlyRate / (double)c.MidHourly).ThenBy(c => c.LastName),
            "rate" => query.OrderBy(c => (double)c.HourlyRate).ThenBy(c => c.LastName),
            "effective" => query.OrderByDescending(c => c.EffectiveDate).ThenBy(c => c.LastName),
            _ => query.OrderBy(c => c.LastName).ThenBy(c => c.Name),
        };
        Rows = await ordered.ThenBy(c => c.StaffMemberId).Skip(Pages.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("Index", new
    {
        family = Family,
        flag = Flag,
        sort = Sort,
        p = page == 1 ? null : (int?)page,
    })!;
}
