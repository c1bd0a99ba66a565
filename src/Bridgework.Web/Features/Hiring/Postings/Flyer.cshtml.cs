using System.Globalization;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Postings;

/// <summary>
/// A one-page flyer to pin on a community board or leave at a local business: large type, the job in plain
/// words, and a QR code to the posting's public link marked as coming from a flyer, so the applications it
/// brings are credited to where flyers hang. A posting with Spanish wording prints an English and a Spanish page.
/// </summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class FlyerModel(AppDbContext db, MailLinks links, IStringLocalizer<HiringText> text) : PageModel
{
    /// <summary>"en", "es" or "both"; empty chooses both when the posting has Spanish wording.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public bool HasSpanish { get; private set; }

    public string Chosen { get; private set; } = "en";

    public IReadOnlyList<FlyerSide> Sides { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var posting = await db.Set<Posting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var coalition = await db.Coalitions.Where(c => c.Id == posting.CoalitionId).Select(c => new { c.Slug, c.Name }).FirstAsync(cancellationToken);
        var organization = await db.Set<Organization>().Where(o => o.Id == posting.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var city = await db.Set<Site>().Where(s => s.Id == posting.SiteId).Select(s => s.City).FirstOrDefaultAsync(cancellationToken);

        (Id, Title, IsOpen) = (posting.Id, posting.Title, posting.Status == PostingStatus.Open);
        HasSpanish = posting.SpanishTitle is not null && posting.SpanishDuties is not null;
        Chosen = Lang is "en" or "es" or "both" && (HasSpanish || Lang == "en") ? Lang : HasSpanish ? "both" : "en";
        var path = $"/Jobs/{coalition.Slug}/{posting.PublicCode}";
        var link = links.For(path + "?src=" + Apply.SubmitApplication.FlyerSource);
        var shortLink = links.For(path);
        string[] languages = Chosen == "both" ? ["en", "es"] : [Chosen];
        Sides = languages.Select(language => Side(language, posting, coalition.Name, organization, city, link, shortLink)).ToList();
        return Page();
    }

    private FlyerSide Side(string language, Posting p, string coalition, string? organization, string? city, string link, string shortLink)
    {
        using var scope = CultureScope.For(language);
        var spanish = language == "es";
        var culture = CultureInfo.CurrentCulture;
        return new FlyerSide(
            language,
            text["Now hiring"],
            spanish ? p.SpanishTitle! : p.Title,
            string.Join(" · ", new[] { organization, city }.Where(s => !string.IsNullOrWhiteSpace(s))),
            coalition,
            text["{0} to {1} an hour", p.PayMin.ToString("C2", culture), p.PayMax.ToString("C2", culture)],
            text["Pay"],
            text["What you will do"],
            spanish ? p.SpanishDuties! : p.Duties,
            text["Your life experience counts"],
            spanish && p.SpanishValuedExperience is not null ? p.SpanishValuedExperience : p.ValuedExperience,
            text["Languages"],
            string.Join(", ", p.LanguageCodes.Select(c => Languages.Name(c, spanish))),
            text["No degree or resume is needed."],
            text["How to apply"],
            text["Scan the code with your phone's camera, or type this address:"],
            shortLink,
            p.ClosesOn is { } closes ? text["Apply by {0}", closes.ToString("D", culture)].Value : null,
            QrCodes.Svg(link, text["QR code: link to apply for {0}", spanish ? p.SpanishTitle! : p.Title]));
    }

    public sealed record FlyerSide(
        string Language,
        string Kicker,
        string Title,
        string Place,
        string Coalition,
        string Pay,
        string PayLabel,
        string DutiesLabel,
        string Duties,
        string ValuedLabel,
        string Valued,
        string LanguagesLabel,
        string Languages,
        string NoDegree,
        string HowLabel,
        string How,
        string Link,
        string? ApplyBy,
        HtmlString Qr);
}
