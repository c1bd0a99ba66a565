using Bridgework.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features;

/// <summary>The language switch: a plain form post, so it works without JavaScript.</summary>
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string? returnUrl) => LocalRedirect(Safe(returnUrl));

    public IActionResult OnPost(string culture, string? returnUrl)
    {
        if (LocalizationSetup.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(Safe(returnUrl));
    }

    private string Safe(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
