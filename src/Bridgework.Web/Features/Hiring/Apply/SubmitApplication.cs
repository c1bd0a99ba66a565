using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Apply;

/// <summary>
/// Stores an application once per form (the idempotency key), keeps the optional resume, and mails the
/// candidate a confirmation with their private status link in the language they applied in.
/// </summary>
public sealed class SubmitApplication(
    AppDbContext db, ResumeFiles resumes, IMailer mailer, MailLinks links, TimeProvider clock,
    IStringLocalizer<HiringText> text, ILogger<SubmitApplication> log)
{
    public sealed record Result(bool Created, string? StatusPath);

    public async Task<Result> HandleAsync(
        Posting posting, ApplicationInput input, IFormFile? resume, ResumeFiles.Kind resumeKind, string language, CancellationToken cancellationToken)
    {
        if (await db.Set<JobApplication>().AnyAsync(a => a.IdempotencyKey == input.Key, cancellationToken))
        {
            return new Result(false, null);
        }

        var applied = await Pipeline.PipelinePhase.EnsureAsync(db, cancellationToken);
        var referrer = await Referrals.ReferralCodes.FindReferrerAsync(db, input.ReferralCode, cancellationToken);
        var token = SecretTokens.New();
        var application = new JobApplication
        {
            PostingId = posting.Id,
            IdempotencyKey = input.Key,
            Name = input.Name.Trim(),
            Email = People.Formats.Clean(input.Email),
            Phone = People.Formats.Clean(input.Phone),
            HeardFrom = CreditedChannel(input, referrer),
            ReferrerStaffId = referrer,
            HeardFromDetail = People.Formats.Clean(input.HeardFromDetail),
            Languages = string.Join(',', input.Languages.Where(People.Languages.IsKnown).Distinct(StringComparer.Ordinal)),
            Availability = input.Availability.Trim(),
            CommunityConnection = People.Formats.Clean(input.CommunityConnection),
            LivedExperience = People.Formats.Clean(input.LivedExperience),
            Language = language,
            StatusTokenHash = SecretTokens.Hash(token),
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            PhaseId = applied.Id,
        };
        if (resume is not null && resumeKind != ResumeFiles.Kind.None)
        {
            application.ResumeFileName = Path.GetFileName(resume.FileName);
            application.ResumeStoredName = await resumes.SaveAsync(posting.CoalitionId, resume, resumeKind, cancellationToken);
        }

        db.Add(application);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two sends of one form raced each other: the first one won and holds the application.
            if (await KeyTakenAsync(input.Key, cancellationToken))
            {
                return new Result(false, null);
            }

            throw;
        }

        var statusPath = $"/Jobs/Status/{token}";
        if (application.Email is { } email)
        {
            await MailAsync(email, posting, application, links.For(statusPath), cancellationToken);
        }

        return new Result(true, statusPath);
    }

    /// <summary>
    /// A referral link or code credits a staff referral; a flyer's QR code credits where flyers hang (a community
    /// board unless the candidate said a local business). Otherwise the candidate's own answer stands.
    /// </summary>
    public static HeardFrom CreditedChannel(ApplicationInput input, Guid? referrer) =>
        referrer is not null ? HeardFrom.StaffReferral
        : IsFlyer(input.Source) && input.HeardFrom is not (HeardFrom.CommunityBoard or HeardFrom.LocalBusiness) ? HeardFrom.CommunityBoard
        : input.HeardFrom!.Value;

    public static bool IsFlyer(string? source) => string.Equals(source, FlyerSource, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>src</c> marker of the link a flyer's QR code carries.</summary>
    public const string FlyerSource = "flyer";

    private async Task<bool> KeyTakenAsync(Guid key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<JobApplication>().AnyAsync(a => a.IdempotencyKey == key, cancellationToken);
    }

    private async Task MailAsync(string email, Posting posting, JobApplication application, string statusLink, CancellationToken cancellationToken)
    {
        OutgoingMail mail;
        using (CultureScope.For(application.Language))
        {
            var title = application.Language == "es" && posting.SpanishTitle is not null ? posting.SpanishTitle : posting.Title;
            string[] lines =
            [
                text["Hello {0},", application.Name],
                "",
                text["Thank you for applying for {0}. We received your application.", title],
                text["You can see where your application stands at any time with this private link. Keep it to yourself:"],
                statusLink,
                "",
                text["We will write to you when a step needs you."],
            ];
            mail = new OutgoingMail(email, text["We received your application: {0}", title], string.Join("\n", lines));
        }

        try
        {
            await mailer.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The application is stored and the link is on screen; a mail server hiccup must not lose it.
            log.LogWarning(e, "Could not send the application confirmation for application {ApplicationId}", application.Id);
        }
    }
}
