using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Organizations.Sites;

/// <summary>Edit a site's name and address, or archive it (sites are never deleted).</summary>
[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public string SavedName { get; private set; } = "";

    public bool IsArchived { get; private set; }

    public SiteInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var site = await LoadAsync(id, tracked: false, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        Input = SiteInput.From(site);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var site = await LoadAsync(id, tracked: true, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(site).Property(s => s.Version).OriginalValue = Input.Version;
        Input.ApplyTo(site);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await LoadAsync(id, tracked: false, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = SiteInput.From(saved);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this site while you were editing. Nothing you typed is lost: check the saved values shown under the fields, then save again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", site.Name].Value;
        return Redirect($"/People/Organizations/{site.OrganizationId}");
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(Guid id, bool archived, CancellationToken cancellationToken)
    {
        var site = await LoadAsync(id, tracked: true, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        if (site.IsArchived != archived)
        {
            site.IsArchived = archived;
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Flash"] = (archived
            ? text["{0} was archived. Its records are kept; it no longer appears in choices.", site.Name]
            : text["{0} is current again.", site.Name]).Value;
        return Redirect($"/People/Organizations/{site.OrganizationId}");
    }

    private async Task<Site?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var sites = tracked ? db.Set<Site>() : db.Set<Site>().AsNoTracking();
        var site = await sites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return null;
        }

        Id = site.Id;
        OrganizationId = site.OrganizationId;
        SavedName = site.Name;
        IsArchived = site.IsArchived;
        OrganizationName = await db.Set<Organization>().Where(o => o.Id == site.OrganizationId)
            .Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return site;
    }
}
