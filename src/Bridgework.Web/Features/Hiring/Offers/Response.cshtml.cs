using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Records what the candidate sent back about the preliminary notice, in their words or summarized.</summary>
public sealed class ResponseModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    [Required(ErrorMessage = "Write what the candidate told or sent you.")]
    [StringLength(8000, ErrorMessage = "Keep this to 8,000 characters or fewer.")]
    [Display(Name = "The candidate’s response")]
    public string CandidateResponse { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the day the response came.")]
    [Display(Name = "Received on")]
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
        return Answer(await Steps.RecordResponseAsync(offer!, CandidateResponse, ReceivedOn!.Value, User, cancellationToken), Text["The candidate’s response is recorded."]);
    }
}
