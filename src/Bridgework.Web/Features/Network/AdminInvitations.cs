using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.Network;

/// <summary>Builds the invitation that makes someone a coalition's admin; the caller saves it acting for that coalition.</summary>
internal static class AdminInvitations
{
    public static (Invitation Invitation, string Token) New(Guid coalitionId, AdminInvitationInput input, string normalizedEmail, Guid invitedBy, DateTime now)
    {
        var invitation = new Invitation
        {
            CoalitionId = coalitionId,
            Email = input.Email.Trim(),
            NormalizedEmail = normalizedEmail,
            DisplayName = input.DisplayName.Trim(),
            Role = CoalitionRole.CoalitionAdmin,
            Language = input.Language,
            InvitedById = invitedBy,
            CreatedAt = now,
        };
        return (invitation, invitation.Renew(now));
    }
}
