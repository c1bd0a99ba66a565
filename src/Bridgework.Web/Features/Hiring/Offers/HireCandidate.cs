using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Events;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// Hires a candidate whose offer is cleared: People's own staff form rules make the staff record, and in the
/// same save the offer is linked to it and the candidate moves to the hired phase. The offer's version makes a
/// second click (or a second admin) find the first hire instead of making a second record. After the save,
/// <see cref="WorkerHired"/> goes out and the candidate gets a welcome in their language.
/// </summary>
public sealed class HireCandidate(
    AppDbContext db, SaveStaffMember save, EventPublisher events, TimeProvider clock, CandidateMail mail, IStringLocalizer<HiringText> text)
{
    public enum Outcome
    {
        Hired,
        AlreadyHired,
        NotReady,
        Invalid,
        NotFound,
    }

    public static JobFamily FamilyFor(HiringRole role) => role switch
    {
        HiringRole.Promotora => JobFamily.Promotora,
        HiringRole.PeerSupportSpecialist => JobFamily.PeerSupportSpecialist,
        HiringRole.Supervisor => JobFamily.Supervisor,
        _ => JobFamily.CommunityHealthWorker,
    };

    public async Task<(Outcome Outcome, Guid? StaffMemberId)> HandleAsync(
        Guid offerId, Guid version, StaffInput input, ModelStateDictionary modelState, string prefix, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var offer = await db.Set<Offer>().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null)
        {
            return (Outcome.NotFound, null);
        }

        if (offer.StaffMemberId is { } existing)
        {
            return (Outcome.AlreadyHired, existing);
        }

        if (!offer.CanHire)
        {
            return (Outcome.NotReady, null);
        }

        if (input.HireDate is null)
        {
            modelState.AddModelError($"{prefix}.{nameof(StaffInput.HireDate)}", text["Enter the first day of work."]);
        }

        var application = await db.Set<JobApplication>().FirstAsync(a => a.Id == offer.ApplicationId, cancellationToken);
        var hired = await db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.Hired)
            .OrderBy(p => p.SortOrder).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var staffId = Guid.CreateVersion7();
        db.Entry(offer).Property(o => o.Version).OriginalValue = version;
        offer.StaffMemberId = staffId;
        offer.HiredAt = now;
        db.Add(offer.Step(OfferStepKind.Hired, user.UserId(), MoveCandidates.ActorName(user), now));
        if (hired is { } phaseId && application.PhaseId != phaseId)
        {
            MoveCandidates.Record(db, application, phaseId, null, user.UserId(), MoveCandidates.ActorName(user), now);
        }

        input.Phone ??= application.Phone;
        input.Status = EmploymentStatus.Active;
        input.Fte ??= 1m;
        // People's rules and its one save: the staff record, the offer's link and the move go in together.
        var result = await save.HandleAsync(null, input, modelState, prefix, new NewStaffRecord(staffId, HireDateMayBeLater: true), cancellationToken);
        if (result.Outcome == SaveOutcome.Invalid)
        {
            db.ChangeTracker.Clear();
            return (Outcome.Invalid, null);
        }

        if (result.Outcome != SaveOutcome.Saved)
        {
            // Someone else hired this candidate a moment ago: theirs is the one record.
            db.ChangeTracker.Clear();
            var first = await db.Set<Offer>().Where(o => o.Id == offerId).Select(o => o.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
            return first is null ? (Outcome.NotReady, null) : (Outcome.AlreadyHired, first);
        }

        await events.PublishAsync(new WorkerHired(offer.CoalitionId, staffId, application.Id, input.JobFamily!.Value.ToString(), input.HireDate!.Value), cancellationToken);
        await mail.SendAsync(application.Id, CandidateMail.Kind.Hired, offer, cancellationToken);
        return (Outcome.Hired, staffId);
    }
}
