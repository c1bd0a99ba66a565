using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Organizations.Sites;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        // Most sites sit in the organization's own county and city.
        Input = new SiteInput { City = organization.City, County = organization.County };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var site = new Site { Name = Input.Name.Trim(), OrganizationId = organization.Id };
        Input.ApplyTo(site);
        db.Add(site);
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = text["{0} was added to {1}.", site.Name, organization.Name].Value;
        return Redirect($"/People/Organizations/{organization.Id}");
    }

    private async Task<Organization?> FindAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Organization>().AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken);
        OrganizationId = organizationId;
        OrganizationName = organization?.Name ?? "";
        return organization;
    }
}
