using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>One coalition's job board. The coalition comes from the slug in the link; the visitor is anonymous.</summary>
[AllowAnonymous]
public sealed class BoardModel(AppDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string CoalitionName { get; private set; } = "";

    public string CoalitionSlug { get; private set; } = "";

    public IReadOnlyList<JobCard> Jobs { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Ref { get; set; }

    /// <summary>A referral link opens the board: the code goes along to whichever posting the visitor picks.</summary>
    public string Carried => CarriedQuery.For(Ref, null);

    public async Task<IActionResult> OnGetAsync(string coalitionSlug, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.AsNoTracking()
            .Where(c => c.Slug == coalitionSlug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.TimeZone })
            .FirstOrDefaultAsync(cancellationToken);
        if (coalition is null)
        {
            return NotFound();
        }

        (CoalitionName, CoalitionSlug) = (coalition.Name, coalition.Slug);
        using (tenant.Enter(coalition.Id))
        {
            var today = CoalitionTime.ToLocalDate(clock.GetUtcNow().UtcDateTime, coalition.TimeZone);
            // Named explicitly as well as by the tenant filter: the card projection reads organizations and sites
            // with that filter ignored, and EF Core then ignores it for the postings too.
            var query = db.Set<Posting>().AsNoTracking().Where(Posting.IsPublic(today)).Where(p => p.CoalitionId == coalition.Id);
            var total = await query.CountAsync(cancellationToken);
            PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
            Pages = new PageLinks(PageNumber, PageSize, total, page => $"/Jobs/{CoalitionSlug}" + (page == 1 ? Carried : $"?p={page}" + Carried.Replace('?', '&')));
            Jobs = await query
                .OrderByDescending(p => p.OpenedAt).ThenBy(p => p.PublicCode)
                .Skip(Pages.Skip).Take(PageSize)
                .Select(JobCard.Project(db))
                .ToListAsync(cancellationToken);
        }

        return Page();
    }
}
