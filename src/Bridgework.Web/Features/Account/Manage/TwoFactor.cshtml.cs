using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account.Manage;

/// <summary>Two-factor status: turn it on, get new recovery codes, or turn it off (which asks for the password).</summary>
public sealed class TwoFactorModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountMail mail, IStringLocalizer<AccountText> text) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public TurnOffInput TurnOff { get; set; } = new();

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await mail.SendNoticeAsync(user, "New recovery codes were made for your Bridgework account; the old ones no longer work.", cancellationToken);
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes);
        return RedirectToPage("RecoveryCodes");
    }

    public async Task<IActionResult> OnPostTurnOffAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        if (!await users.CheckPasswordAsync(user, TurnOff.Password))
        {
            await users.AccessFailedAsync(user);
            ModelState.AddModelError("TurnOff.Password", text["That is not your current password."]);
            await LoadAsync(user);
            return Page();
        }

        // Off means off: the app's key and the recovery codes stop working too. All three or none.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.RefreshSignInAsync(user);
        await mail.SendNoticeAsync(user, "Two-factor sign-in was turned off for your Bridgework account.", cancellationToken);
        TempData["Flash"] = text["Two-factor sign-in is off."].Value;
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }

    public sealed class TurnOffInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string Password { get; set; } = "";
    }
}
