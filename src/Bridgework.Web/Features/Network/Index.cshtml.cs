using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Network;

/// <summary>The coalitions of the network, with whether each has an admin yet; no person-level data.</summary>
[Authorize(Policy = PlatformPermissions.ManageCoalitions)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // "page" is taken: Razor Pages routes by it.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<CoalitionRow> Coalitions { get; private set; } = [];

    public PageLinks Pager => new(PageNumber, PageSize, Total, UrlFor);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Coalitions.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Search.LikePattern(Q);
            query = query.Where(c => EF.Functions.Like(c.Name.ToUpper(), pattern, Search.Escape)
                || EF.Functions.Like(c.Slug.ToUpper(), pattern, Search.Escape)
                || EF.Functions.Like(c.Region.ToUpper(), pattern, Search.Escape));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, Total);
        // Whether a coalition has an admin is a fact about the coalition, not about a person.
        var memberships = db.Memberships.IgnoreQueryFilters();
        Coalitions = await query
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new CoalitionRow(
                c.Id, c.Name, c.Slug, c.Region, c.TimeZone, c.ShareNameInNetwork,
                memberships.Any(m => m.CoalitionId == c.Id && m.IsActive && m.Role == CoalitionRole.CoalitionAdmin)))
            .ToListAsync(cancellationToken);
    }

    private string UrlFor(int page)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q", Q);
        }

        if (page > 1)
        {
            query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/Network" + query.ToQueryString();
    }

    public sealed record CoalitionRow(Guid Id, string Name, string Slug, string Region, string TimeZone, bool SharesName, bool HasAdmin);
}
