using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>The second step of sign-in for a user with two-factor on: the code from their authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class SignInTwoFactorModel(SignInManager<AppUser> signIn, IStringLocalizer<AccountText> text, ILogger<SignInTwoFactorModel> log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string(Input.Code.Where(char.IsDigit).ToArray());
        // A wrong code counts toward lockout, like a wrong password.
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            log.LogInformation("User signed in with an authenticator code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            log.LogWarning("Two-factor sign-in refused: account locked");
            ModelState.AddModelError(string.Empty, text["This account is locked after too many failed sign-ins. Try again in 15 minutes, or reset your password."]);
            return Page();
        }

        ModelState.AddModelError("Input.Code", text["That code is not right. Type the 6 digits your app shows now."]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Type the 6-digit code from your authenticator app.")]
        [RegularExpression(@"^[\d\s-]{6,9}$", ErrorMessage = "Type the 6-digit code from your authenticator app.")]
        [Display(Name = "Code from your authenticator app")]
        public string Code { get; set; } = "";
    }
}
