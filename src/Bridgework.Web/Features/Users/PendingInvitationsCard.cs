using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Users;

/// <summary>Coalition admins see invitations nobody has answered yet, expired ones included: those need a resend.</summary>
internal sealed class PendingInvitationsCard(
    AppDbContext db, PermissionGrants grants, TimeProvider clock, IStringLocalizer<UsersText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(PlatformPermissions.ManageUsers, grants))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null);
        var count = await open.CountAsync(cancellationToken);
        if (count == 0)
        {
            return [];
        }

        var expired = await open.CountAsync(i => i.ExpiresAt <= now, cancellationToken);
        var detail = expired > 0 ? text["Expired: {0}. Send them again from the list.", expired].Value : text["Waiting for the invitee to accept"].Value;
        return [new HomeCard(text["Pending invitations"], count, "/Users?status=Invited", detail, Order: 50)];
    }
}
