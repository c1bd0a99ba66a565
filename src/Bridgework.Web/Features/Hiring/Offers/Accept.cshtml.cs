using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Records the day the candidate accepted the conditional offer.</summary>
public sealed class AcceptModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the day they accepted.")]
    [Display(Name = "Accepted on")]
    public DateOnly? AcceptedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        AcceptedOn = await Steps.TodayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (AcceptedOn > await Steps.TodayAsync(cancellationToken))
        {
            ModelState.AddModelError(nameof(AcceptedOn), Text["The day can’t be in the future."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var offer = await Steps.FindAsync(id, Version, cancellationToken);
        return Answer(await Steps.AcceptAsync(offer!, AcceptedOn!.Value, User, cancellationToken), Text["The acceptance is recorded."]);
    }
}
