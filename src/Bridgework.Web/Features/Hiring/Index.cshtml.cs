using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring;

/// <summary>The coalition's postings, newest first, filtered by status and role.</summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class IndexModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public PostingStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public HiringRole? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(HiringPermissions.Manage, grants);
        var query = db.Set<Posting>().AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (Role is { } role)
        {
            query = query.Where(p => p.Role == role);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query
            .OrderBy(p => p.Status == PostingStatus.Open ? 0 : p.Status == PostingStatus.Draft ? 1 : p.Status == PostingStatus.Paused ? 2 : 3).ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(p => new Row(
                p.Id,
                p.Title,
                p.Role,
                p.Status,
                db.Set<Organization>().Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                db.Set<Site>().Where(s => s.Id == p.SiteId).Select(s => s.Name).FirstOrDefault(),
                p.Openings,
                p.ClosesOn))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("/Hiring/Index", new { status = Status, role = Role, p = page == 1 ? null : (int?)page })!;

    public sealed record Row(Guid Id, string Title, HiringRole Role, PostingStatus Status, string? Organization, string? Site, int Openings, DateOnly? ClosesOn);
}
