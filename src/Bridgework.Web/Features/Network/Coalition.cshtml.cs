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

/// <summary>
/// One coalition as the network sees it: its settings, and the admin invitations this network admin
/// sent. While the coalition has no active admin, the network admin may invite one (again).
/// </summary>
[Authorize(Policy = PlatformPermissions.ManageCoalitions)]
public sealed class CoalitionModel(
    AppDbContext db,
    ITenantContext tenant,
    SendInvitation send,
    ILookupNormalizer normalizer,
    TimeProvider clock,
    IStringLocalizer<NetworkText> text) : PageModel
{
    [BindProperty]
    public AdminInvitationInput Admin { get; set; } = new();

    public Coalition Coalition { get; private set; } = null!;

    public bool HasAdmin { get; private set; }

    public DateTime Now { get; private set; }

    /// <summary>Only invitations the current network admin sent: addresses they typed themselves.</summary>
    public IReadOnlyList<SentInvitation> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (HasAdmin)
        {
            ModelState.AddModelError(string.Empty, text["This coalition already has an admin; they invite everyone else."]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var normalized = normalizer.NormalizeEmail(Admin.Email.Trim());
        var (invitation, token) = AdminInvitations.New(id, Admin, normalized, User.UserId()!.Value, Now);
        using (tenant.Enter(id))
        {
            if (await db.Invitations.AnyAsync(i => i.NormalizedEmail == normalized && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken))
            {
                ModelState.AddModelError("Admin.Email", text["An invitation to this address is already waiting. Send it again from the list below."]);
                return Page();
            }

            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await SentAsync(id, invitation, token, cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        using (tenant.Enter(id))
        {
            var invitation = await MineAsync(invitationId, cancellationToken);
            if (invitation is null)
            {
                return NotFound();
            }

            if (!invitation.IsOpen)
            {
                return Redirect($"/Network/Coalition/{id}");
            }

            var token = invitation.Renew(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return await SentAsync(id, invitation, token, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        using (tenant.Enter(id))
        {
            var invitation = await MineAsync(invitationId, cancellationToken);
            if (invitation is null)
            {
                return NotFound();
            }

            invitation.Revoke(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = text["The invitation to {0} is withdrawn; its link no longer works.", invitation.Email].Value;
            return Redirect($"/Network/Coalition/{id}");
        }
    }

    private Task<Invitation?> MineAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var me = User.UserId();
        return db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.InvitedById == me && i.AcceptedAt == null, cancellationToken);
    }

    private async Task<IActionResult> SentAsync(Guid id, Invitation invitation, string token, CancellationToken cancellationToken)
    {
        var sent = await send.HandleAsync(invitation, token, cancellationToken);
        TempData[sent ? "Flash" : "FlashWarning"] = sent
            ? text["Invitation sent to {0}, with a link that works for 7 days.", invitation.Email].Value
            : text["The invitation is saved, but the e-mail could not be sent. Use “Send again” in a few minutes."].Value;
        return Redirect($"/Network/Coalition/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coalition is null)
        {
            return false;
        }

        Coalition = coalition;
        Now = clock.GetUtcNow().UtcDateTime;
        HasAdmin = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.CoalitionId == id && m.IsActive && m.Role == CoalitionRole.CoalitionAdmin, cancellationToken);
        var me = User.UserId();
        Invitations = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.CoalitionId == id && i.InvitedById == me)
            .OrderByDescending(i => i.CreatedAt)
            .Take(20)
            .Select(i => new SentInvitation(i.Id, i.DisplayName, i.Email, i.SentAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record SentInvitation(Guid Id, string Name, string Email, DateTime SentAt, DateTime ExpiresAt, DateTime? AcceptedAt, DateTime? RevokedAt)
    {
        public InvitationState StateAt(DateTime now) =>
            AcceptedAt is not null ? InvitationState.Accepted
            : RevokedAt is not null ? InvitationState.Revoked
            : now >= ExpiresAt ? InvitationState.Expired
            : InvitationState.Pending;
    }
}
