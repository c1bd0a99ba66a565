using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>
/// The network's job board: open postings of every coalition, for anyone. It reads across coalitions on
/// purpose, and only what a posting shows the public.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public HiringRole? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<JobCard> Jobs { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = CoalitionTime.ToLocalDate(clock.GetUtcNow().UtcDateTime, CoalitionTime.DefaultZone);
        var query = db.Set<Posting>().IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking().Where(Posting.IsPublic(today));
        if (Role is { } role)
        {
            query = query.Where(p => p.Role == role);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Jobs = await query
            .OrderByDescending(p => p.OpenedAt).ThenBy(p => p.PublicCode)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(JobCard.Project(db))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("/Hiring/Jobs/Index", new { role = Role, p = page == 1 ? null : (int?)page })!;
}
