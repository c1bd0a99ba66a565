using System.Globalization;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// Mail to a candidate, always in the language they applied in: when a step needs them (an offer, a
/// preliminary notice) and when a decision is made (hired, not selected, offer withdrawn). Sent after the
/// save; a mail server failure is logged and never undoes the step.
/// </summary>
public sealed class CandidateMail(AppDbContext db, IMailer mailer, IStringLocalizer<HiringText> text, ILogger<CandidateMail> log)
{
    public enum Kind
    {
        OfferMade,
        PreliminaryNotice,
        Hired,
        NotSelected,
        OfferWithdrawn,
    }

    public async Task SendAsync(Guid applicationId, Kind kind, Offer? offer, CancellationToken cancellationToken)
    {
        var candidate = await db.Set<JobApplication>().AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.Email,
                a.Language,
                Title = db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => a.Language == "es" && p.SpanishTitle != null ? p.SpanishTitle : p.Title).First(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate?.Email is not { } email)
        {
            return;
        }

        OutgoingMail mail;
        using (CultureScope.For(candidate.Language))
        {
            var (subject, body) = Write(kind, candidate.Title, offer);
            string[] lines = [text["Hello {0},", candidate.Name], "", .. body, "", text["With our best wishes,"], text["The hiring team"]];
            mail = new OutgoingMail(email, subject, string.Join("\n", lines));
        }

        try
        {
            await mailer.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not send the {Kind} mail for application {ApplicationId}", kind, candidate.Id);
        }
    }

    private (string Subject, string[] Body) Write(Kind kind, string title, Offer? offer)
    {
        var culture = CultureInfo.CurrentCulture;
        return kind switch
        {
            Kind.OfferMade when offer is not null => (
                text["A conditional job offer: {0}", title],
                [
                    text["We are glad to offer you the position of {0}. This offer is conditional.", offer.Position],
                    text["Proposed start date: {0}", offer.ProposedStartDate.ToString("D", culture)],
                    text["Pay: {0} an hour", offer.HourlyPay.ToString("C2", culture)],
                    "",
                    offer.OfferText,
                    "",
                    text["Please tell us whether you accept. If a background check is part of this job, it happens only now, after the offer, and you will hear from us before any decision is made because of it."],
                ]),
            Kind.PreliminaryNotice when offer is not null => (
                text["Your conditional offer for {0}: a notice that needs your answer", title],
                [
                    offer.NoticeText ?? "",
                    "",
                    text["You have until {0} ({1} business days) to respond. You may tell us the report is wrong and send anything that shows who you are today: rehabilitation, training, work, letters of reference.", offer.ResponseDueOn?.ToString("D", culture) ?? "", offer.ResponseDays ?? HiringSettings.MinimumResponseDays],
                    text["No final decision will be made before that date."],
                ]),
            Kind.Hired => (
                text["Welcome to the team: {0}", title],
                [text["You were hired. Welcome to the team!"], text["Your supervisor will contact you about your first day."]]),
            Kind.OfferWithdrawn => (
                text["A decision about your conditional offer for {0}", title],
                [
                    text["After considering everything, including what you sent us, we have decided to withdraw the conditional offer."],
                    offer?.DecisionReasons ?? "",
                    "",
                    text["You have the right to file a complaint with the California Civil Rights Department (calcivilrights.ca.gov)."],
                ]),
            _ => (
                text["About your application: {0}", title],
                [text["You were not selected this time. Thank you for applying; we hope you apply again."]]),
        };
    }
}
