using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>A draft's name and its bilingual, field and lead differentials. Published versions are not edited.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public LadderInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string SavedName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var ladder = await db.Set<CareerLadder>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.Status == LadderStatus.Draft, cancellationToken);
        if (ladder is null)
        {
            return NotFound();
        }

        (Id, SavedName, Input) = (id, ladder.Name, LadderInput.From(ladder));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var ladder = await db.Set<CareerLadder>().FirstOrDefaultAsync(l => l.Id == id && l.Status == LadderStatus.Draft, cancellationToken);
        if (ladder is null)
        {
            return NotFound();
        }

        (Id, SavedName) = (id, ladder.Name);
        Input.Check(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(ladder).Property(l => l.Version).OriginalValue = Input.Version;
        Input.ApplyTo(ladder);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<CareerLadder>().AsNoTracking().FirstAsync(l => l.Id == id, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this draft while you were editing. What you typed is kept: save again to keep it."]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", ladder.Name].Value;
        return Redirect($"/Careers/Ladder/{id}");
    }

    public sealed class LadderInput
    {
        [Required(ErrorMessage = "Enter the ladder’s name.")]
        [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Display(Name = "Bilingual differential")]
        public DifferentialKind BilingualKind { get; set; }

        [Range(0, 1000, ErrorMessage = "Enter a bilingual differential between 0 and 1,000.")]
        [Display(Name = "Bilingual amount or percent")]
        public decimal BilingualValue { get; set; }

        [Display(Name = "Field differential")]
        public DifferentialKind FieldKind { get; set; }

        [Range(0, 1000, ErrorMessage = "Enter a field differential between 0 and 1,000.")]
        [Display(Name = "Field amount or percent")]
        public decimal FieldValue { get; set; }

        [Display(Name = "Lead differential")]
        public DifferentialKind LeadKind { get; set; }

        [Range(0, 1000, ErrorMessage = "Enter a lead differential between 0 and 1,000.")]
        [Display(Name = "Lead amount or percent")]
        public decimal LeadValue { get; set; }

        public Guid Version { get; set; }

        public static LadderInput From(CareerLadder l) => new()
        {
            Name = l.Name,
            BilingualKind = l.BilingualKind,
            BilingualValue = l.BilingualValue,
            FieldKind = l.FieldKind,
            FieldValue = l.FieldValue,
            LeadKind = l.LeadKind,
            LeadValue = l.LeadValue,
            Version = l.Version,
        };

        public void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer text)
        {
            foreach (var (kind, value, field) in new[] { (BilingualKind, BilingualValue, "Bilingual"), (FieldKind, FieldValue, "Field"), (LeadKind, LeadValue, "Lead") })
            {
                if (kind == DifferentialKind.Percent && value > 100)
                {
                    state.AddModelError($"Input.{field}Value", text["A percentage differential cannot be more than 100 %."]);
                }
            }
        }

        public void ApplyTo(CareerLadder l)
        {
            l.Name = Name.Trim();
            (l.BilingualKind, l.BilingualValue) = (BilingualKind, BilingualKind == DifferentialKind.None ? 0 : BilingualValue);
            (l.FieldKind, l.FieldValue) = (FieldKind, FieldKind == DifferentialKind.None ? 0 : FieldValue);
            (l.LeadKind, l.LeadValue) = (LeadKind, LeadKind == DifferentialKind.None ? 0 : LeadValue);
        }
    }
}
