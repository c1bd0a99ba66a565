using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>A written conditional offer: position, proposed start date, pay and the offer's own words.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class MakeModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : PageModel
{
    public string CandidateName { get; private set; } = "";

    public Guid ApplicationId { get; private set; }

    [BindProperty]
    public OfferInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var candidate = await FindAsync(id, cancellationToken);
        if (candidate is null)
        {
            return NotFound();
        }

        if (candidate.HasOffer || !candidate.InProgress)
        {
            return Redirect($"/Hiring/Pipeline/Candidate/{id}");
        }

        var today = await steps.TodayAsync(cancellationToken);
        Input = new OfferInput
        {
            Position = candidate.Title,
            StartDate = today.AddDays(14),
            HourlyPay = candidate.PayMin,
            OfferText = text["We are glad to offer you this position. The offer is conditional: it becomes final once any checks the job requires are done. Any background check happens only after this offer, and you will hear from us before any decision is made because of it."],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var candidate = await FindAsync(id, cancellationToken);
        if (candidate is null)
        {
            return NotFound();
        }

        if (candidate.HasOffer || !candidate.InProgress)
        {
            TempData["Flash"] = text["This candidate already has an offer, or is no longer in the running."].Value;
            return Redirect($"/Hiring/Pipeline/Candidate/{id}");
        }

        var today = await steps.TodayAsync(cancellationToken);
        if (Input.StartDate < today)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.StartDate)}", text["The start date can’t be in the past."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var application = await db.Set<JobApplication>().FirstAsync(a => a.Id == id, cancellationToken);
        await steps.MakeAsync(application, Input.Position, Input.StartDate!.Value, Input.HourlyPay!.Value, Input.OfferText, User, cancellationToken);
        TempData["Flash"] = text["The conditional offer is recorded and was sent to the candidate."].Value;
        return Redirect($"/Hiring/Pipeline/Candidate/{id}");
    }

    private async Task<Candidate?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var candidate = await db.Set<JobApplication>().Where(a => a.Id == id)
            .Select(a => new Candidate(
                a.Name,
                db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => p.Title).First(),
                db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => p.PayMin).First(),
                db.Set<Offer>().Any(o => o.ApplicationId == a.Id),
                db.Set<PipelinePhase>().Any(p => p.Id == a.PhaseId && p.Kind == PhaseKind.InProgress)))
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate is not null)
        {
            CandidateName = candidate.Name;
            ApplicationId = id;
        }

        return candidate;
    }

    private sealed record Candidate(string Name, string Title, decimal PayMin, bool HasOffer, bool InProgress);
}

public sealed class OfferInput
{
    [Required(ErrorMessage = "Enter the position offered.")]
    [StringLength(200, ErrorMessage = "Keep the position to 200 characters or fewer.")]
    [Display(Name = "Position")]
    public string Position { get; set; } = "";

    [Required(ErrorMessage = "Enter the proposed start date.")]
    [Display(Name = "Proposed start date")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the hourly pay.")]
    [Range(typeof(decimal), "1", "500", ParseLimitsInInvariantCulture = true, ErrorMessage = "Enter the hourly pay in dollars, like 25.50.")]
    [Display(Name = "Hourly pay")]
    public decimal? HourlyPay { get; set; }

    [Required(ErrorMessage = "Write the offer as the candidate will read it.")]
    [StringLength(8000, ErrorMessage = "Keep the offer to 8,000 characters or fewer.")]
    [Display(Name = "Written offer")]
    public string OfferText { get; set; } = "";
}
