using System.Globalization;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>
/// The public application: short, phone-first, no sign-in, no CAPTCHA. A hidden honeypot field and a per-address
/// limit on sends keep bulk spam out; the form's key makes a second send of the same form harmless.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(HiringSetup.ApplyRateLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ResumeFiles.MaxBytes + (1024 * 1024))]
public sealed class ApplyModel(
    AppDbContext db, ITenantContext tenant, TimeProvider clock, SubmitApplication submit,
    IStringLocalizer<HiringText> text, ILogger<ApplyModel> log) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Resume (optional)")]
    public IFormFile? Resume { get; set; }

    /// <summary>A referral code from the link (<c>?ref=</c>): it fills the form's referral code field.</summary>
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Ref { get; set; }

    /// <summary>Where the link came from (<c>?src=flyer</c>), carried in the form.</summary>
    [BindProperty(SupportsGet = true, Name = "src")]
    public string? Src { get; set; }

    public PublicCoalition Coalition { get; private set; } = null!;

    public Posting Posting { get; private set; } = null!;

    /// <summary>Set after a send: the confirmation replaces the form.</summary>
    public bool Sent { get; private set; }

    /// <summary>The private status link, shown once; null when the same form was already sent.</summary>
    public string? StatusPath { get; private set; }

    public string PostingTitle => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" && Posting.SpanishTitle is not null
        ? Posting.SpanishTitle
        : Posting.Title;

    public async Task<IActionResult> OnGetAsync(string coalitionSlug, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(coalitionSlug, code, cancellationToken))
        {
            return NotFound();
        }

        // Only a well-formed code is put back on the page; whether it belongs to anyone is never shown.
        Input = new ApplicationInput
        {
            Key = Guid.NewGuid(),
            ReferralCode = Referrals.ReferralCode.Normalize(Ref),
            Source = SubmitApplication.IsFlyer(Src) ? SubmitApplication.FlyerSource : null,
        };
        Input.HeardFrom = Input.ReferralCode is not null ? HeardFrom.StaffReferral : Input.Source is not null ? HeardFrom.CommunityBoard : null;
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es")
        {
            Input.Languages.Add("es");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string coalitionSlug, string code, CancellationToken cancellationToken)
    {
        var coalition = await PublicCoalition.FindAsync(db, coalitionSlug, cancellationToken);
        if (coalition is null)
        {
            return NotFound();
        }

        using (tenant.Enter(coalition.Id))
        {
            if (!await LoadAsync(coalitionSlug, code, cancellationToken))
            {
                return NotFound();
            }

            if (!string.IsNullOrEmpty(Input.Website))
            {
                // Looks sent to the bot, stores nothing.
                log.LogInformation("Honeypot filled on an application to posting {PostingId}; nothing stored", Posting.Id);
                Sent = true;
                return Page();
            }

            if (Input.Key == Guid.Empty)
            {
                Input.Key = Guid.NewGuid();
            }

            if (string.IsNullOrWhiteSpace(Input.Email) && string.IsNullOrWhiteSpace(Input.Phone))
            {
                ModelState.AddModelError("Input.Email", text["Give us an e-mail address or a phone number so we can reach you."]);
            }

            // A link that credits a channel answers "how did you hear" by itself. A code that matches nobody is
            // ignored without a word, so the form never tells a stranger which codes exist.
            if (Input.HeardFrom is null
                && (SubmitApplication.IsFlyer(Input.Source) || await Referrals.ReferralCodes.FindReferrerAsync(db, Input.ReferralCode, cancellationToken) is not null))
            {
                ModelState.Remove("Input.HeardFrom");
            }

            if (Input.Languages.Any(l => !People.Languages.IsKnown(l)))
            {
                ModelState.AddModelError("Input.Languages", text["Choose languages from the list."]);
            }

            var kind = ResumeFiles.Kind.None;
            if (Resume is { Length: > 0 } file)
            {
                kind = file.Length > ResumeFiles.MaxBytes ? ResumeFiles.Kind.None : await ResumeFiles.RecognizeAsync(file, cancellationToken);
                if (file.Length > ResumeFiles.MaxBytes)
                {
                    ModelState.AddModelError(nameof(Resume), text["The file is larger than 5 MB. Send a smaller file, or apply without one."]);
                }
                else if (kind == ResumeFiles.Kind.None)
                {
                    ModelState.AddModelError(nameof(Resume), text["Only PDF or Word (.docx) files can be sent. You can also apply without a resume."]);
                }
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? "es" : "en";
            var result = await submit.HandleAsync(Posting, Input, Resume, kind, language, cancellationToken);
            (Sent, StatusPath) = (true, result.StatusPath);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string coalitionSlug, string code, CancellationToken cancellationToken)
    {
        var coalition = await PublicCoalition.FindAsync(db, coalitionSlug, cancellationToken);
        if (coalition is null)
        {
            return false;
        }

        using (tenant.Enter(coalition.Id))
        {
            var today = CoalitionTime.ToLocalDate(clock.GetUtcNow().UtcDateTime, coalition.TimeZone);
            var posting = await db.Set<Posting>().AsNoTracking().Where(Posting.IsPublic(today))
                .FirstOrDefaultAsync(p => p.PublicCode == code, cancellationToken);
            if (posting is null)
            {
                return false;
            }

            (Coalition, Posting) = (coalition, posting);
            return true;
        }
    }
}
