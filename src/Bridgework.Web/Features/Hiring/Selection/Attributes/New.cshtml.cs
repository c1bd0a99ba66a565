using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Attributes;

[Authorize(Policy = HiringPermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public AttributeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var last = await db.Set<ScoringAttribute>().MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? -1;
        var attribute = new ScoringAttribute { Name = "", Anchor1 = "", Anchor2 = "", Anchor3 = "", Anchor4 = "", SortOrder = last + 1 };
        Input.ApplyTo(attribute);
        db.Add(attribute);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} is on new scorecards now.", attribute.Name].Value;
        return Redirect("/Hiring/Selection/Attributes");
    }
}
