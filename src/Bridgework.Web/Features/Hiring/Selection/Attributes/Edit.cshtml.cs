using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Attributes;

/// <summary>Rewords a quality or its anchors, or archives it; submitted scorecards keep their scores.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public AttributeInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public AttributeInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var attribute = await db.Set<ScoringAttribute>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attribute is null)
        {
            return NotFound();
        }

        (Id, Input) = (id, AttributeInput.From(attribute));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var attribute = await db.Set<ScoringAttribute>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attribute is null)
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(attribute).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(attribute);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<ScoringAttribute>().AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            Current = AttributeInput.From(saved);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else changed this quality while you were editing. Compare with the saved words below, then save again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", attribute.Name].Value;
        return Redirect("/Hiring/Selection/Attributes");
    }
}
