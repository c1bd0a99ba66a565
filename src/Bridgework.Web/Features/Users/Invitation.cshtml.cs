using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Users;

/// <summary>One invitation: where it stands, and sending it again (a new link) or withdrawing it.</summary>
[Authorize(Policy = PlatformPermissions.ManageUsers)]
public sealed class InvitationModel(
    AppDbContext db, ITenantContext tenant, SendInvitation send, TimeProvider clock, IStringLocalizer<UsersText> text) : PageModel
{
    public InvitationView Invitation { get; private set; } = null!;

    public InvitationState State { get; private set; }

    public string TimeZone { get; private set; } = CoalitionTime.DefaultZone;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Invitations
            .Where(i => i.Id == id)
            .Select(i => new InvitationView(
                i.Id, i.DisplayName, i.Email, i.Role, i.Language, i.CreatedAt, i.SentAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt,
                db.Users.Where(u => u.Id == i.InvitedById).Select(u => u.DisplayName).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Invitation = found;
        State = found.AcceptedAt is not null ? InvitationState.Accepted
            : found.RevokedAt is not null ? InvitationState.Revoked
            : found.ExpiresAt <= clock.GetUtcNow().UtcDateTime ? InvitationState.Expired
            : InvitationState.Pending;
        TimeZone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken)
            ?? CoalitionTime.DefaultZone;
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, string? returnUrl, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        if (!invitation.IsOpen)
        {
            TempData["FlashWarning"] = text["This invitation was already accepted or withdrawn, so it was not sent."].Value;
            return Back(id, returnUrl);
        }

        // A new link: the one in the earlier e-mail stops working.
        var token = invitation.Renew(clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["FlashWarning"] = text["Someone else changed this invitation a moment ago. Look at it again and retry."].Value;
            return Back(id, returnUrl);
        }

        if (await send.HandleAsync(invitation, token, cancellationToken))
        {
            TempData["Flash"] = text["Invitation sent again to {0}, with a new link that works for 7 days.", invitation.Email].Value;
        }
        else
        {
            TempData["FlashWarning"] = text["The invitation is saved, but the e-mail could not be sent. Use “Send again” in a few minutes."].Value;
        }

        return Back(id, returnUrl);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? returnUrl, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        if (invitation.AcceptedAt is not null)
        {
            TempData["FlashWarning"] = text["This invitation was already accepted. To take away access, turn it off on the member’s page."].Value;
            return Back(id, returnUrl);
        }

        invitation.Revoke(clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["FlashWarning"] = text["Someone else changed this invitation a moment ago. Look at it again and retry."].Value;
            return Back(id, returnUrl);
        }

        TempData["Flash"] = text["The invitation to {0} is withdrawn; its link no longer works.", invitation.Email].Value;
        return Back(id, returnUrl);
    }

    private RedirectResult Back(Guid id, string? returnUrl) =>
        Redirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/Users", StringComparison.Ordinal) ? returnUrl : $"/Users/Invitation/{id}");

    public sealed record InvitationView(
        Guid Id, string Name, string Email, CoalitionRole Role, string Language, DateTime CreatedAt, DateTime SentAt, DateTime ExpiresAt,
        DateTime? AcceptedAt, DateTime? RevokedAt, string? InvitedBy);
}
