using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Reasons;

/// <summary>Rewords or archives one reason. Past moves keep the words they were given with.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var reason = await db.Set<EndingReason>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reason is null)
        {
            return NotFound();
        }

        (Id, Input) = (id, new ReasonInput { Label = reason.Label, IsArchived = reason.IsArchived, Version = reason.Version });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var reason = await db.Set<EndingReason>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reason is null)
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(reason).Property(r => r.Version).OriginalValue = Input.Version;
        (reason.Label, reason.IsArchived) = (Input.Label.Trim(), Input.IsArchived);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<EndingReason>().AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
            Current = saved.Label + (saved.IsArchived ? " · " + text["Archived"].Value : "");
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else changed this reason while you were editing. Compare with the saved words below, then save again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["The reason was saved."].Value;
        return Redirect("/Hiring/Selection/Reasons");
    }

    public sealed class ReasonInput
    {
        [Required(ErrorMessage = "Enter the reason in a few words.")]
        [StringLength(200, ErrorMessage = "Keep the reason to 200 characters or fewer.")]
        [Display(Name = "Reason")]
        public string Label { get; set; } = "";

        [Display(Name = "Archived: no longer offered")]
        public bool IsArchived { get; set; }

        public Guid Version { get; set; }
    }
}
