using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Postings;

/// <summary>One posting as staff see it, with its public link and, for admins, its status.</summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class DetailsModel(AppDbContext db, PermissionGrants grants, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    public Posting Posting { get; private set; } = null!;

    public string? Organization { get; private set; }

    public string? Site { get; private set; }

    public string CoalitionSlug { get; private set; } = "";

    public bool CanManage { get; private set; }

    public int Candidates { get; private set; }

    [BindProperty]
    public PostingStatus NewStatus { get; set; }

    public string PublicPath => $"/Jobs/{CoalitionSlug}/{Posting.PublicCode}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.Has(HiringPermissions.Manage, grants))
        {
            return Forbid();
        }

        var posting = await db.Set<Posting>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(NewStatus))
        {
            return BadRequest();
        }

        posting.ChangeStatus(NewStatus, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The posting {0} is now {1}.", posting.Title, text[HiringLabels.Of(NewStatus)].Value].Value;
        return Redirect($"/Hiring/Postings/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var posting = await db.Set<Posting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return false;
        }

        Posting = posting;
        NewStatus = posting.Status;
        CanManage = User.Has(HiringPermissions.Manage, grants);
        Organization = await db.Set<Organization>().Where(o => o.Id == posting.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        Site = await db.Set<Site>().Where(s => s.Id == posting.SiteId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        Candidates = await db.Set<Apply.JobApplication>().CountAsync(a => a.PostingId == posting.Id, cancellationToken);
        CoalitionSlug = await db.Coalitions.Where(c => c.Id == posting.CoalitionId).Select(c => c.Slug).FirstAsync(cancellationToken);
        return true;
    }
}
