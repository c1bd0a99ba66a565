using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// The post-offer steps, each one save with its timeline line, checked against the offer's version so two
/// people recording steps at once cannot both win. Mail to the candidate goes out after the save.
/// </summary>
public sealed class OfferSteps(AppDbContext db, TimeProvider clock, CoalitionCalendar calendar, CandidateMail mail)
{
    public enum Outcome
    {
        Saved,
        OutOfOrder,
        Conflict,
        WindowStillOpen,
    }

    /// <summary>The offer, tracked, with the version the form was read at as its original version.</summary>
    public async Task<Offer?> FindAsync(Guid offerId, Guid? version, CancellationToken cancellationToken)
    {
        var offer = await db.Set<Offer>().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is not null && version is { } v)
        {
            db.Entry(offer).Property(o => o.Version).OriginalValue = v;
        }

        return offer;
    }

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken) => calendar.TodayAsync(cancellationToken);

    public async Task<Guid> MakeAsync(JobApplication application, string position, DateOnly start, decimal pay, string offerText, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = Now;
        var offer = new Offer
        {
            ApplicationId = application.Id,
            Position = position.Trim(),
            ProposedStartDate = start,
            HourlyPay = pay,
            OfferText = offerText.Trim(),
            MadeAt = now,
        };
        db.Add(offer);
        db.Add(offer.Step(OfferStepKind.OfferMade, user.UserId(), MoveCandidates.ActorName(user), now));
        // The candidate moves to the last in-progress phase ("Conditional offer" by default) unless already past it.
        var offerPhase = await db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.InProgress)
            .OrderByDescending(p => p.SortOrder).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (offerPhase is { } phaseId && phaseId != application.PhaseId)
        {
            MoveCandidates.Record(db, application, phaseId, null, user.UserId(), MoveCandidates.ActorName(user), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await mail.SendAsync(application.Id, CandidateMail.Kind.OfferMade, offer, cancellationToken);
        return offer.Id;
    }

    public Task<Outcome> AcceptAsync(Offer offer, DateOnly acceptedOn, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (offer.Closed || offer.AcceptedOn is not null)
        {
            return Task.FromResult(Outcome.OutOfOrder);
        }

        offer.AcceptedOn = acceptedOn;
        return SaveAsync(offer, OfferStepKind.OfferAccepted, user, cancellationToken);
    }

    public Task<Outcome> RecordCheckAsync(Offer offer, CheckResult result, DateOnly receivedOn, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!offer.CanRecordCheck)
        {
            return Task.FromResult(Outcome.OutOfOrder);
        }

        offer.CheckResult = result;
        offer.CheckReceivedOn = receivedOn;
        return SaveAsync(offer, result == CheckResult.Clear ? OfferStepKind.CheckClear : OfferStepKind.CheckRaisesConcern, user, cancellationToken);
    }

    public Task<Outcome> AssessAsync(Offer offer, string nature, string timePassed, string duties, string? mitigation, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!offer.CanAssess)
        {
            return Task.FromResult(Outcome.OutOfOrder);
        }

        offer.NatureAndGravity = nature.Trim();
        offer.TimePassed = timePassed.Trim();
        offer.JobDuties = duties.Trim();
        offer.Mitigation = People.Formats.Clean(mitigation);
        offer.AssessedAt = Now;
        return SaveAsync(offer, OfferStepKind.Assessed, user, cancellationToken);
    }

    public async Task<Outcome> SendNoticeAsync(Offer offer, string noticeText, DateOnly sentOn, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!offer.CanSendNotice)
        {
            return Outcome.OutOfOrder;
        }

        var settings = await HiringSettings.ReadAsync(db, cancellationToken);
        // A notice recorded late still gives the whole window from the day it is recorded: a back-dated
        // "sent on" must not shorten the candidate's time to answer.
        var today = await calendar.TodayAsync(cancellationToken);
        offer.NoticeText = noticeText.Trim();
        offer.NoticeSentOn = sentOn;
        offer.ResponseDays = settings.EffectiveResponseDays;
        offer.ResponseDueOn = BusinessDays.After(sentOn > today ? sentOn : today, settings.EffectiveResponseDays, settings.HolidayDates);
        var outcome = await SaveAsync(offer, OfferStepKind.PreliminaryNoticeSent, user, cancellationToken);
        if (outcome == Outcome.Saved)
        {
            await mail.SendAsync(offer.ApplicationId, CandidateMail.Kind.PreliminaryNotice, offer, cancellationToken);
        }

        return outcome;
    }

    public Task<Outcome> RecordResponseAsync(Offer offer, string response, DateOnly receivedOn, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!offer.CanRecordResponse || offer.CandidateResponse is not null)
        {
            return Task.FromResult(Outcome.OutOfOrder);
        }

        offer.CandidateResponse = response.Trim();
        offer.ResponseReceivedOn = receivedOn;
        return SaveAsync(offer, OfferStepKind.ResponseReceived, user, cancellationToken);
    }

    /// <summary>
    /// The written final decision. Going ahead may come at any time after the assessment; withdrawing needs a
    /// preliminary notice and waits until its response window is over, whoever asks (docs/adr/0005).
    /// </summary>
    public async Task<Outcome> DecideAsync(Offer offer, FinalDecision decision, string reasons, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!offer.CanDecide || (decision == FinalDecision.Withdraw && offer.NoticeSentOn is null))
        {
            return Outcome.OutOfOrder;
        }

        if (decision == FinalDecision.Withdraw && offer.WindowOpenOn(await calendar.TodayAsync(cancellationToken)))
        {
            return Outcome.WindowStillOpen;
        }

        offer.Decision = decision;
        offer.DecisionReasons = reasons.Trim();
        offer.DecidedAt = Now;
        if (decision == FinalDecision.Withdraw)
        {
            var application = await db.Set<JobApplication>().FirstAsync(a => a.Id == offer.ApplicationId, cancellationToken);
            var notSelected = await db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.NotSelected)
                .OrderBy(p => p.SortOrder).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (notSelected is { } phaseId && application.PhaseId != phaseId)
            {
                MoveCandidates.Record(db, application, phaseId, "Conditional offer withdrawn after the fair-chance process", user.UserId(), MoveCandidates.ActorName(user), Now);
            }
        }

        var outcome = await SaveAsync(offer, decision == FinalDecision.Proceed ? OfferStepKind.DecidedToProceed : OfferStepKind.DecidedToWithdraw, user, cancellationToken);
        if (outcome == Outcome.Saved && decision == FinalDecision.Withdraw)
        {
            await mail.SendAsync(offer.ApplicationId, CandidateMail.Kind.OfferWithdrawn, offer, cancellationToken);
        }

        return outcome;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Outcome> SaveAsync(Offer offer, OfferStepKind kind, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        db.Add(offer.Step(kind, user.UserId(), MoveCandidates.ActorName(user), Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict;
        }
    }
}
