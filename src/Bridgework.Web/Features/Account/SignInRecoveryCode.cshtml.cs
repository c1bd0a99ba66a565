using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>The second step of sign-in with one of the user's recovery codes instead of the app; each code works once.</summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class SignInRecoveryCodeModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<AccountText> text, ILogger<SignInRecoveryCodeModel> log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            return LockedOut();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Normalize(Input.Code));
        if (result.Succeeded)
        {
            log.LogInformation("User signed in with a recovery code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // Identity does not count wrong recovery codes; they count here like any wrong second factor.
        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user))
        {
            return LockedOut();
        }

        ModelState.AddModelError("Input.Code", text["That recovery code is not right, or it was already used."]);
        return Page();
    }

    private PageResult LockedOut()
    {
        log.LogWarning("Recovery-code sign-in refused: account locked");
        ModelState.AddModelError(string.Empty, text["This account is locked after too many failed sign-ins. Try again in 15 minutes, or reset your password."]);
        return Page();
    }

    /// <summary>Codes look like "ABC12-DEF34"; accept them typed in lower case, with spaces, or without the dash.</summary>
    internal static string Normalize(string code)
    {
        var plain = new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return plain.Length == 10 ? $"{plain[..5]}-{plain[5..]}" : plain;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Type one of your recovery codes.")]
        [MaxLength(20, ErrorMessage = "Type one of your recovery codes.")]
        [Display(Name = "Recovery code")]
        public string Code { get; set; } = "";
    }
}
