using System.ComponentModel.DataAnnotations;
using System.Text;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Bridgework.Web.Features.Account.Manage;

/// <summary>
/// Turns on two-factor sign-in: the user adds the key to an authenticator app (QR code or typed) and
/// proves it works with one code; then they get their recovery codes, shown once.
/// </summary>
public sealed class EnableAuthenticatorModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountMail mail, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The key grouped in fours, for typing into an app by hand.</summary>
    public string ManualKey { get; private set; } = "";

    /// <summary>A PNG data URI: the page's Content-Security-Policy allows data: images and no inline styles.</summary>
    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("TwoFactor");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("TwoFactor");
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = new string(Input.Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", text["That code does not match. Check that the app shows Bridgework, and type the code it shows now."]);
            await LoadKeyAsync(user);
            return Page();
        }

        IEnumerable<string> codes;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorModel.RecoveryCodeCount) ?? [];
            await transaction.CommitAsync(cancellationToken);
        }

        // Turning it on changes the security stamp: other sessions end, this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        await mail.SendNoticeAsync(user, "Two-factor sign-in was turned on for your Bridgework account.", cancellationToken);
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes);
        TempData["Flash"] = text["Two-factor sign-in is on."].Value;
        return RedirectToPage("RecoveryCodes");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; keep this session.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        ManualKey = Grouped(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Bridgework:" + user.Email)}?secret={key}&issuer=Bridgework&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Type the 6-digit code from your authenticator app.")]
        [RegularExpression(@"^[\d\s-]{6,9}$", ErrorMessage = "Type the 6-digit code from your authenticator app.")]
        [Display(Name = "Code from your authenticator app")]
        public string Code { get; set; } = "";
    }
}
