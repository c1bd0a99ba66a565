using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>The shareable page of one open posting. Drafts, paused, closed and past-date postings answer 404.</summary>
[AllowAnonymous]
public sealed class PostingModel(AppDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public string CoalitionName { get; private set; } = "";

    public string CoalitionSlug { get; private set; } = "";

    public Posting Posting { get; private set; } = null!;

    public string? Organization { get; private set; }

    public string? Site { get; private set; }

    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Ref { get; set; }

    [BindProperty(SupportsGet = true, Name = "src")]
    public string? Src { get; set; }

    /// <summary>The referral code and flyer marker the visitor arrived with, passed on to the application form.</summary>
    public string Carried => CarriedQuery.For(Ref, Src);

    public async Task<IActionResult> OnGetAsync(string coalitionSlug, string code, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.AsNoTracking()
            .Where(c => c.Slug == coalitionSlug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.TimeZone })
            .FirstOrDefaultAsync(cancellationToken);
        if (coalition is null)
        {
            return NotFound();
        }

        using (tenant.Enter(coalition.Id))
        {
            var today = CoalitionTime.ToLocalDate(clock.GetUtcNow().UtcDateTime, coalition.TimeZone);
            var posting = await db.Set<Posting>().AsNoTracking().Where(Posting.IsPublic(today))
                .FirstOrDefaultAsync(p => p.PublicCode == code, cancellationToken);
            if (posting is null)
            {
                return NotFound();
            }

            (Posting, CoalitionName, CoalitionSlug) = (posting, coalition.Name, coalition.Slug);
            Organization = await db.Set<Organization>().Where(o => o.Id == posting.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            Site = await db.Set<Site>().Where(s => s.Id == posting.SiteId)
                .Select(s => s.City == null ? s.Name : s.Name + ", " + s.City).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }
}
