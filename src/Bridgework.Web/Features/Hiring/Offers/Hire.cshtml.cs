using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Hire: where the new worker works, who supervises them and when they start; makes their staff record once.</summary>
public sealed class HireModel(AppDbContext db, OfferSteps steps, HireCandidate hire, LoadStaffFormOptions options, IStringLocalizer<HiringText> text)
    : OfferStepPage(db, steps, text)
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public StaffFormOptions Options { get; private set; } = StaffFormOptions.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Offer.StaffMemberId is not null || !Offer.CanHire)
        {
            return BackToCandidate(Text["This candidate is already hired, or not cleared to hire yet."]);
        }

        var facts = await Db.Set<JobApplication>().Where(a => a.Id == Offer.ApplicationId)
            .Select(a => new { a.Name, a.Email, Posting = Db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => new { p.Role, p.OrganizationId, p.SiteId }).First() })
            .FirstAsync(cancellationToken);
        var name = facts.Name.Trim();
        var split = name.LastIndexOf(' ');
        Input = new StaffInput
        {
            LegalFirstName = split > 0 ? name[..split] : name,
            LegalLastName = split > 0 ? name[(split + 1)..] : "",
            Email = facts.Email,
            JobFamily = HireCandidate.FamilyFor(facts.Posting.Role),
            JobTitle = Offer.Position,
            OrganizationId = facts.Posting.OrganizationId,
            SiteId = facts.Posting.SiteId,
            HireDate = Offer.ProposedStartDate,
        };
        Options = await options.HandleAsync(null, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (outcome, staffId) = await hire.HandleAsync(id, Version, Input, ModelState, nameof(Input), User, cancellationToken);
        switch (outcome)
        {
            case HireCandidate.Outcome.Hired:
                TempData["Flash"] = Text["{0} is hired and in the staff directory.", $"{Input.LegalFirstName.Trim()} {Input.LegalLastName.Trim()}"].Value;
                return Redirect($"/People/Staff/{staffId}");
            case HireCandidate.Outcome.AlreadyHired:
                TempData["Flash"] = Text["This candidate was already hired; nothing was added twice."].Value;
                return Redirect($"/People/Staff/{staffId}");
            case HireCandidate.Outcome.NotReady:
            case HireCandidate.Outcome.NotFound:
                return BackToCandidate(Text["This candidate is already hired, or not cleared to hire yet."]);
            default:
                Options = await options.HandleAsync(null, Input, cancellationToken);
                return Page();
        }
    }
}
