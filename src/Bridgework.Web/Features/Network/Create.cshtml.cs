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

namespace Bridgework.Web.Features.Network;

/// <summary>Adds a coalition and invites its first coalition admin, in one step.</summary>
[Authorize(Policy = PlatformPermissions.ManageCoalitions)]
public sealed class CreateModel(
    AppDbContext db,
    ITenantContext tenant,
    SendInvitation send,
    ILookupNormalizer normalizer,
    TimeProvider clock,
    IStringLocalizer<NetworkText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public AdminInvitationInput Admin { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Slug = Input.Slug.Trim().ToLowerInvariant();
        if (!TimeZones.IsKnown(Input.TimeZone))
        {
            ModelState.AddModelError("Input.TimeZone", text["Choose the coalition’s time zone from the list."]);
        }

        if (ModelState.IsValid && await db.Coalitions.AnyAsync(c => c.Slug == Input.Slug, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", text["Another coalition already uses this web address name. Choose another."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var coalition = new Coalition
        {
            Name = Input.Name.Trim(),
            Slug = Input.Slug,
            Region = Input.Region?.Trim() ?? "",
            TimeZone = Input.TimeZone,
            ShareNameInNetwork = Input.ShareNameInNetwork,
            CreatedAt = now,
        };
        var (invitation, token) = AdminInvitations.New(coalition.Id, Admin, normalizer.NormalizeEmail(Admin.Email.Trim()), User.UserId()!.Value, now);
        try
        {
            // The invitation belongs to the new coalition, so it is written acting for it.
            using (tenant.Enter(coalition.Id))
            {
                db.Coalitions.Add(coalition);
                db.Invitations.Add(invitation);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            // Two network admins chose the same name at the same moment: the unique index decides.
            db.ChangeTracker.Clear();
            if (!await db.Coalitions.AnyAsync(c => c.Slug == Input.Slug, cancellationToken))
            {
                throw;
            }

            ModelState.AddModelError("Input.Slug", text["Another coalition already uses this web address name. Choose another."]);
            return Page();
        }

        var sent = await send.HandleAsync(invitation, token, cancellationToken);
        TempData[sent ? "Flash" : "FlashWarning"] = sent
            ? text["{0} is added. We sent the invitation to {1}.", coalition.Name, invitation.Email].Value
            : text["{0} is added, but the invitation e-mail could not be sent. Use “Send again” in a few minutes.", coalition.Name].Value;
        return Redirect($"/Network/Coalition/{coalition.Id}");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the coalition’s name.")]
        [MaxLength(200, ErrorMessage = "Use at most 200 characters for the name.")]
        [Display(Name = "Coalition name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Choose a short web address name, like “north-valley”.")]
        [MaxLength(80, ErrorMessage = "Use at most 80 characters for the web address name.")]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use only lowercase letters, numbers and single hyphens, like “north-valley”.")]
        [Display(Name = "Web address name")]
        public string Slug { get; set; } = "";

        [MaxLength(200, ErrorMessage = "Use at most 200 characters for the region.")]
        [Display(Name = "Region")]
        public string? Region { get; set; }

        [Required(ErrorMessage = "Choose the coalition’s time zone from the list.")]
        [Display(Name = "Time zone")]
        public string TimeZone { get; set; } = CoalitionTime.DefaultZone;

        [Display(Name = "Show the coalition’s name in network comparisons")]
        public bool ShareNameInNetwork { get; set; }
    }
}
