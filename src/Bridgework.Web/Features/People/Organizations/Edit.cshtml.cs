using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Organizations;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string SavedName { get; private set; } = "";

    /// <summary>The values saved by someone else, after a conflicting edit; null otherwise.</summary>
    public OrganizationInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Id = id;
        SavedName = organization.Name;
        Input = OrganizationInput.From(organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Organization>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Id = id;
        SavedName = organization.Name;
        await OrganizationRules.CheckAsync(db, Input, id, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(organization).Property(o => o.Version).OriginalValue = Input.Version;
        Input.ApplyTo(organization);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            // Keep what the user typed, show what is saved now, and let the next save be deliberate.
            Current = OrganizationInput.From(saved);
            SavedName = saved.Name;
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this organization while you were editing. Nothing you typed is lost: check the saved values shown under the fields, then save again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", organization.Name].Value;
        return Redirect($"/People/Organizations/{id}");
    }
}
