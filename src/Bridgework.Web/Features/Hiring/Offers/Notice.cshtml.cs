using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// The written preliminary notice (Gov. Code §12952(c)(1)(B)): the conviction that may disqualify, a copy of the
/// report, and the candidate's right to respond. It opens the response window, counted in business days.
/// </summary>
public sealed class NoticeModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    [Required(ErrorMessage = "Write the notice as the candidate will read it.")]
    [StringLength(8000, ErrorMessage = "Keep the notice to 8,000 characters or fewer.")]
    [Display(Name = "Written notice")]
    public string NoticeText { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the day the notice was sent.")]
    [Display(Name = "Sent on")]
    public DateOnly? SentOn { get; set; }

    public int ResponseDays { get; private set; }

    public DateOnly? DueIfSentToday { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        SentOn = await Steps.TodayAsync(cancellationToken);
        NoticeText = Text["After a conditional offer, your background check report (a copy is attached) shows a conviction that we believe may relate to the duties of this job, for the reasons in our assessment. We have not made a final decision. You may respond within the time below: tell us if the report is wrong, and send anything that shows rehabilitation or circumstances we should consider."];
        await WindowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (SentOn > await Steps.TodayAsync(cancellationToken))
        {
            ModelState.AddModelError(nameof(SentOn), Text["The day can’t be in the future."]);
        }

        if (!ModelState.IsValid)
        {
            await WindowAsync(cancellationToken);
            return Page();
        }

        var offer = await Steps.FindAsync(id, Version, cancellationToken);
        var outcome = await Steps.SendNoticeAsync(offer!, NoticeText, SentOn!.Value, User, cancellationToken);
        if (outcome != OfferSteps.Outcome.Saved)
        {
            await WindowAsync(cancellationToken);
        }

        return Answer(outcome, Text["The notice is recorded and was sent to the candidate. The response window is open."]);
    }

    private async Task WindowAsync(CancellationToken cancellationToken)
    {
        var settings = await HiringSettings.ReadAsync(Db, cancellationToken);
        ResponseDays = settings.EffectiveResponseDays;
        var today = await Steps.TodayAsync(cancellationToken);
        DueIfSentToday = BusinessDays.After(SentOn is { } sent && sent > today ? sent : today, ResponseDays, settings.HolidayDates);
    }
}
