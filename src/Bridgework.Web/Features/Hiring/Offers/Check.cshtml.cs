using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Records the result of the background check, which only an offer opens. The report itself is not kept here.</summary>
public sealed class CheckModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    [Required(ErrorMessage = "Choose what the check found.")]
    [Display(Name = "Result")]
    public CheckResult? Result { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the day the report came.")]
    [Display(Name = "Report received on")]
    public DateOnly? ReceivedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ReceivedOn = await Steps.TodayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (ReceivedOn > await Steps.TodayAsync(cancellationToken))
        {
            ModelState.AddModelError(nameof(ReceivedOn), Text["The day can’t be in the future."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var offer = await Steps.FindAsync(id, Version, cancellationToken);
        var saved = Result == CheckResult.Clear
            ? Text["The check is recorded as clear."]
            : Text["The check is recorded. Next, write the individualized assessment."];
        return Answer(await Steps.RecordCheckAsync(offer!, Result!.Value, ReceivedOn!.Value, User, cancellationToken), saved);
    }
}
