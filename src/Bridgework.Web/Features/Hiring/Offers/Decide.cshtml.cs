using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// The written final decision after the assessment: go ahead with the hire at any time, or withdraw the offer,
/// which is refused until the preliminary notice's response window is over (docs/adr/0005).
/// </summary>
public sealed class DecideModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    [Required(ErrorMessage = "Choose the decision.")]
    [Display(Name = "Decision")]
    public FinalDecision? Decision { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Write the reasons for the decision.")]
    [StringLength(8000, ErrorMessage = "Keep the reasons to 8,000 characters or fewer.")]
    [Display(Name = "Reasons, as the candidate will read them")]
    public string Reasons { get; set; } = "";

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Today = await Steps.TodayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Today = await Steps.TodayAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var offer = await Steps.FindAsync(id, Version, cancellationToken);
        var outcome = await Steps.DecideAsync(offer!, Decision!.Value, Reasons, User, cancellationToken);
        if (outcome == OfferSteps.Outcome.WindowStillOpen)
        {
            ModelState.AddModelError(nameof(Decision), Text["The offer can’t be withdrawn yet: the candidate has until the end of {0} to respond. You may decide to go ahead with the hire at any time.", Offer.ResponseDueOn!.Value.ToString("D", System.Globalization.CultureInfo.CurrentCulture)]);
            return Page();
        }

        if (outcome == OfferSteps.Outcome.OutOfOrder && Decision == FinalDecision.Withdraw && Offer.CanDecide && Offer.NoticeSentOn is null)
        {
            ModelState.AddModelError(nameof(Decision), Text["Before withdrawing, send the candidate a written preliminary notice and wait out the response window."]);
            return Page();
        }

        return Answer(outcome, Decision == FinalDecision.Proceed
            ? Text["The decision to go ahead is recorded. Hire the candidate once they have accepted."]
            : Text["The offer is withdrawn and the candidate was told in writing."]);
    }
}
