using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>Market and living-wage benchmarks the coalition (or the network) entered, filtered and paged.</summary>
[Authorize(Policy = PlatformPermissions.SignedIn)]
public sealed class IndexModel(BenchmarkScope scope) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public BenchmarkKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool IsNetwork { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.MayRead(User))
        {
            return Forbid();
        }

        (CanEdit, IsNetwork) = (scope.MayEdit(User), scope.IsNetwork(User));
        var query = scope.Visible(User).AsNoTracking();
        if (Kind is { } kind)
        {
            query = query.Where(b => b.Kind == kind);
        }

        if (Year is { } year)
        {
            query = query.Where(b => b.Year == year);
        }

        if (People.Formats.Clean(Place) is { } place)
        {
            var pattern = "%" + place.ToLowerInvariant() + "%";
            query = query.Where(b => EF.Functions.Like((b.County ?? "").ToLower(), pattern) || EF.Functions.Like((b.Region ?? "").ToLower(), pattern));
        }

        if (People.Formats.Clean(Code) is { } code)
        {
            query = query.Where(b => b.OccupationCode == code);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query
            .OrderByDescending(b => b.Year).ThenBy(b => b.Kind).ThenBy(b => b.County).ThenBy(b => b.Region).ThenBy(b => b.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(b => new Row(b.Id, b.OwnerCoalitionId == null, b.Kind, b.Source, b.Year, b.Region, b.County, b.OccupationCode, b.HouseholdType,
                b.P10, b.P25, b.Median, b.P75, b.P90, b.Hourly))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Whether the viewer may open this row's edit form.</summary>
    public bool MayEditRow(Row row) => CanEdit && row.NetworkWide == IsNetwork;

    public string UrlFor(int page) => Url.Page("Index", new
    {
        kind = Kind,
        year = Year,
        place = People.Formats.Clean(Place),
        code = People.Formats.Clean(Code),
        p = page == 1 ? null : (int?)page,
    })!;

    public sealed record Row(
        Guid Id, bool NetworkWide, BenchmarkKind Kind, string Source, int Year, string? Region, string? County, string? OccupationCode,
        string? HouseholdType, decimal? P10, decimal? P25, decimal? Median, decimal? P75, decimal? P90, decimal? Hourly);
}
