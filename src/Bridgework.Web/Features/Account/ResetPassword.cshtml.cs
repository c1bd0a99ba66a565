using System.Text;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>
/// Chooses a new password from a mailed link. The reset changes the security stamp, which ends every
/// open session and makes the link single-use, and it lifts a lockout.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class ResetPasswordModel(
    UserManager<AppUser> users, AccountMail mail, IStringLocalizer<AccountText> text, ILogger<ResetPasswordModel> log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>False when the link is broken, expired or already used.</summary>
    public bool LinkWorks { get; private set; } = true;

    public async Task OnGetAsync(Guid? user, string? token)
    {
        Input.UserId = user ?? Guid.Empty;
        Input.Token = token ?? "";
        LinkWorks = await FindUserAsync() is { } found && await TokenWorksAsync(found);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await FindUserAsync();
        if (user is null || !await TokenWorksAsync(user))
        {
            LinkWorks = false;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Saved together with the new password by ResetPasswordAsync.
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await users.ResetPasswordAsync(user, DecodedToken()!, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkWorks = false;
                return Page();
            }

            PasswordRules.AddErrors(ModelState, "Input.NewPassword", result, text);
            return Page();
        }

        log.LogInformation("Password reset for user {UserId}", user.Id);
        await mail.SendNoticeAsync(user, "The password of your Bridgework account was just changed with a reset link.", cancellationToken);
        TempData["Flash"] = text["Your password is changed. Sign in with your new password."].Value;
        return RedirectToPage("SignIn");
    }

    private async Task<AppUser?> FindUserAsync() =>
        Input.UserId == Guid.Empty || DecodedToken() is null ? null
        : await users.FindByIdAsync(Input.UserId.ToString()) is { IsDisabled: false } user ? user
        : null;

    private Task<bool> TokenWorksAsync(AppUser user) => users.VerifyUserTokenAsync(
        user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, DecodedToken()!);

    private string? DecodedToken()
    {
        try
        {
            return string.IsNullOrEmpty(Input.Token) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public sealed class InputModel : NewPasswordInput
    {
        public Guid UserId { get; set; }

        public string Token { get; set; } = "";
    }
}
