using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// What every step page after the offer shares: the offer (404 in another coalition), whose it is, the version
/// the form was read at, and the way back to the candidate page with a message.
/// </summary>
[Authorize(Policy = HiringPermissions.Manage)]
public abstract class OfferStepPage(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : PageModel
{
    public Offer Offer { get; private set; } = null!;

    public string CandidateName { get; private set; } = "";

    [BindProperty]
    public Guid Version { get; set; }

    protected OfferSteps Steps => steps;

    protected AppDbContext Db => db;

    protected IStringLocalizer<HiringText> Text => text;

    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var offer = await db.Set<Offer>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return false;
        }

        Offer = offer;
        CandidateName = await db.Set<JobApplication>().Where(a => a.Id == offer.ApplicationId).Select(a => a.Name).FirstAsync(cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            Version = offer.Version;
        }

        return true;
    }

    protected IActionResult BackToCandidate(string message)
    {
        TempData["Flash"] = message;
        return Redirect($"/Hiring/Pipeline/Candidate/{Offer.ApplicationId}");
    }

    /// <summary>Turns a step's outcome into the answer: back to the candidate, or the form again with why.</summary>
    protected IActionResult Answer(OfferSteps.Outcome outcome, string saved) => outcome switch
    {
        OfferSteps.Outcome.Saved => BackToCandidate(saved),
        OfferSteps.Outcome.OutOfOrder => BackToCandidate(text["This step is not open for this offer now. The timeline shows where it stands."].Value),
        _ => Refuse(text["Someone else recorded a step on this offer while you were writing. Look at the timeline below, then send this again if it still applies."]),
    };

    protected IActionResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        Version = Offer.Version;
        return Page();
    }
}
