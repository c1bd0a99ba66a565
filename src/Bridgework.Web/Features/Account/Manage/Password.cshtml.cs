using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account.Manage;

/// <summary>Changes the password after checking the current one; every other session of the user ends.</summary>
public sealed class PasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountMail mail, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // Guessing the current password from an open session counts like guessing at sign-in.
                await users.AccessFailedAsync(user);
                ModelState.AddModelError("Input.CurrentPassword", text["That is not your current password."]);
            }
            else
            {
                PasswordRules.AddErrors(ModelState, "Input.NewPassword", result, text);
            }

            return Page();
        }

        // The new security stamp ends the other sessions; this one carries on with a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        await mail.SendNoticeAsync(user, "The password of your Bridgework account was just changed.", cancellationToken);
        TempData["Flash"] = text["Your password is changed. You were signed out on your other devices."].Value;
        return RedirectToPage("Index");
    }

    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
    }
}
