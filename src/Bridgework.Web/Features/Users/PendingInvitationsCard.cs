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
        var open = await db.Invitations
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Expired = g.Count(i => i.ExpiresAt <= now) })
            .FirstOrDefaultAsync(cancellationToken);
        if (open is null || open.All == 0)
        {
            return [];
        }

        var detail = open.Expired > 0 ? text["{0} expired: send them again", open.Expired].Value : text["Waiting for the invitee to accept"].Value;
        return [new HomeCard(text["Pending invitations"], open.All, "/Users?status=Invited", detail, Order: 50)];
    }
}
