using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bridgework.Web.Features.Account;

/// <summary>
/// Sends a reset link. The answer is the same whether or not the address has an account, so the page
/// cannot be used to find out who uses Bridgework.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountMail mail, ILogger<ForgotPasswordModel> log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { IsDisabled: false })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await mail.SendResetLinkAsync(user, token, cancellationToken);
            log.LogInformation("Password reset link sent to user {UserId}", user.Id);
        }

        Sent = true;
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
        [MaxLength(256, ErrorMessage = "Enter an e-mail address like name@example.org.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";
    }
}
