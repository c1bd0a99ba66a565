using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Users;

/// <summary>Invites someone by e-mail into this coalition with a role; the e-mail goes out in the language chosen for them.</summary>
[Authorize(Policy = PlatformPermissions.ManageUsers)]
public sealed class InviteModel(
    AppDbContext db, SendInvitation send, ILookupNormalizer normalizer, TimeProvider clock, IStringLocalizer<UsersText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var normalized = normalizer.NormalizeEmail(email);
        var membership = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, m.IsActive, u.NormalizedEmail })
            .Where(m => m.NormalizedEmail == normalized)
            .FirstOrDefaultAsync(cancellationToken);
        if (membership is not null)
        {
            ModelState.AddModelError("Input.Email", membership.IsActive
                ? text["This person is already a member of the coalition. Change their role from their page."]
                : text["This person is a member whose access is turned off. Turn it back on from their page."]);
            return Page();
        }

        if (await db.Invitations.AnyAsync(i => i.NormalizedEmail == normalized && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken))
        {
            ModelState.AddModelError("Input.Email", text["An invitation to this address is already waiting. Send it again from the Invitations list."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = Input.DisplayName.Trim(),
            Role = Input.Role!.Value,
            Language = Input.Language,
            InvitedById = User.UserId()!.Value,
            CreatedAt = now,
        };
        var token = invitation.Renew(now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        if (await send.HandleAsync(invitation, token, cancellationToken))
        {
            TempData["Flash"] = text["Invitation sent to {0}.", email].Value;
        }
        else
        {
            TempData["FlashWarning"] = text["The invitation is saved, but the e-mail could not be sent. Use “Send again” in a few minutes."].Value;
        }

        return Redirect("/Users?status=Invited");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the e-mail address to send the invitation to.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
        [MaxLength(256, ErrorMessage = "Enter an e-mail address like name@example.org.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter the person’s name, as they would like to be called.")]
        [MaxLength(200, ErrorMessage = "Use at most 200 characters for the name.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Choose the role this person will have.")]
        [Display(Name = "Role")]
        public CoalitionRole? Role { get; set; }

        [Required(ErrorMessage = "Choose the language of the invitation.")]
        [RegularExpression("^(en|es)$", ErrorMessage = "Choose the language of the invitation.")]
        [Display(Name = "Language of the invitation")]
        public string Language { get; set; } = "en";
    }
}
