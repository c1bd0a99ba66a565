using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Reasons;

/// <summary>The coalition's list of reasons for not selected and withdrawn, and a form to add one.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public NewReason Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Kind is not (PhaseKind.NotSelected or PhaseKind.Withdrawn))
        {
            ModelState.AddModelError("Input.Kind", text["Choose not selected or withdrawn."]);
        }

        var label = (Input.Label ?? "").Trim();
        if (ModelState.IsValid && await db.Set<EndingReason>().AnyAsync(r => r.Kind == Input.Kind && r.Label == label, cancellationToken))
        {
            ModelState.AddModelError("Input.Label", text["This reason is on the list already."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var last = await db.Set<EndingReason>().MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? -1;
        db.Add(new EndingReason { Kind = Input.Kind!.Value, Label = label, SortOrder = last + 1 });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The reason {0} was added.", label].Value;
        return Redirect("/Hiring/Selection/Reasons");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<EndingReason>().AsNoTracking()
            .OrderBy(r => r.Kind).ThenBy(r => r.IsArchived).ThenBy(r => r.SortOrder)
            .Take(200)
            .Select(r => new Row(r.Id, r.Kind, r.Label, r.IsArchived, db.Set<PhaseMove>().Count(m => m.ReasonId == r.Id)))
            .ToListAsync(cancellationToken);

    public sealed record Row(Guid Id, PhaseKind Kind, string Label, bool IsArchived, int Used);

    public sealed class NewReason
    {
        [Required(ErrorMessage = "Choose not selected or withdrawn.")]
        [Display(Name = "For")]
        public PhaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the reason in a few words.")]
        [StringLength(200, ErrorMessage = "Keep the reason to 200 characters or fewer.")]
        [Display(Name = "Reason")]
        public string? Label { get; set; } = "";
    }
}
