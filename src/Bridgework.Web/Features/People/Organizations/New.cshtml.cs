using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Organizations;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OrganizationRules.CheckAsync(db, Input, null, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organization = new Organization { Name = Input.Name.Trim() };
        Input.ApplyTo(organization);
        db.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = text["{0} was added.", organization.Name].Value;
        return Redirect($"/People/Organizations/{organization.Id}");
    }
}
