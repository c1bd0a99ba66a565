using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

// Searches lower-case both sides with ToLower(): EF translates that on SQLite and PostgreSQL alike,
// while the StringComparison overloads the analyzer prefers do not translate to SQL.
#pragma warning disable CA1862

namespace Bridgework.Web.Features.People.Organizations;

/// <summary>The coalition's member organizations: search, filter, sort and page, all in the database.</summary>
[Authorize(Policy = PeoplePermissions.Read)]
public sealed class IndexModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganizationKind? Kind { get; set; }

    /// <summary>"current" (the default), "archived" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    /// <summary>"name" (the default), "-name", "city", "-city", "staff" or "-staff".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Show is "archived" or "all";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(PeoplePermissions.Manage, grants);
        Show = Show is "archived" or "all" ? Show : "current";

        var query = db.Set<Organization>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(q));
        }

        if (Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        query = Show switch
        {
            "archived" => query.Where(o => o.IsArchived),
            "all" => query,
            _ => query.Where(o => !o.IsArchived),
        };

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => UrlFor(Sort, p));

        // Counts are correlated subqueries: one round trip for the whole page.
        var rows = query.Select(o => new Row
        {
            Id = o.Id,
            Name = o.Name,
            Kind = o.Kind,
            City = o.City,
            IsArchived = o.IsArchived,
            Sites = o.Sites.Count(s => !s.IsArchived),
            Staff = db.Set<StaffMember>().Count(s => s.OrganizationId == o.Id && s.Status != EmploymentStatus.Separated),
        });
        var sorted = Sort switch
        {
            "-name" => rows.OrderByDescending(r => r.Name),
            "city" => rows.OrderBy(r => r.City).ThenBy(r => r.Name),
            "-city" => rows.OrderByDescending(r => r.City).ThenBy(r => r.Name),
            "staff" => rows.OrderBy(r => r.Staff).ThenBy(r => r.Name),
            "-staff" => rows.OrderByDescending(r => r.Staff).ThenBy(r => r.Name),
            _ => rows.OrderBy(r => r.Name),
        };
        Rows = await sorted.ThenBy(r => r.Id).Skip(Pages.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }

    public string UrlFor(string? sort, int page = 1) => Url.Page("Index", new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        kind = Kind,
        show = Show is "current" ? null : Show,
        sort = sort is null or "name" ? null : sort,
        p = page == 1 ? null : (int?)page,
    })!;

    /// <summary>The link of a sortable column header: ascending first, then flips.</summary>
    public string SortUrl(string column) => UrlFor(CurrentSort == column ? "-" + column : column);

    public string CurrentSort => string.IsNullOrEmpty(Sort) ? "name" : Sort;

    public string? AriaSort(string column) =>
        CurrentSort == column ? "ascending" : CurrentSort == "-" + column ? "descending" : null;

    public sealed class Row
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public OrganizationKind Kind { get; init; }

        public string? City { get; init; }

        public bool IsArchived { get; init; }

        public int Sites { get; init; }

        public int Staff { get; init; }
    }
}
