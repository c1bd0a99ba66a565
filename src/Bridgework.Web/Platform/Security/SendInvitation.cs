using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Mails an invitation's link to the invitee, in the invitee's language. Used by coalition admins
/// (inviting members) and network admins (inviting a new coalition's first admin).
/// </summary>
public sealed class SendInvitation(
    AppDbContext db, IMailer mailer, MailLinks links, IStringLocalizer<SharedText> text, ILogger<SendInvitation> log)
{
    public const string AcceptPath = "/Account/AcceptInvitation";

    /// <summary>
    /// Sends the link for <paramref name="token"/> (from <see cref="Invitation.Renew"/>, after the invitation
    /// is saved). Returns false when the mail could not go out: the invitation stays and can be resent.
    /// </summary>
    public async Task<bool> HandleAsync(Invitation invitation, string token, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.AsNoTracking()
            .Where(c => c.Id == invitation.CoalitionId)
            .Select(c => new { c.Name, c.TimeZone })
            .FirstAsync(cancellationToken);
        var inviter = await db.Users.AsNoTracking()
            .Where(u => u.Id == invitation.InvitedById)
            .Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        var link = links.For($"{AcceptPath}?token={Uri.EscapeDataString(token)}");

        OutgoingMail mail;
        using (CultureScope.For(invitation.Language))
        {
            var expires = CoalitionTime.ToLocal(invitation.ExpiresAt, coalition.TimeZone);
            string[] lines =
            [
                text["Hello {0},", invitation.DisplayName],
                "",
                string.IsNullOrWhiteSpace(inviter)
                    ? text["You are invited to join {0} on Bridgework.", coalition.Name]
                    : text["{0} invited you to join {1} on Bridgework.", inviter, coalition.Name],
                text["Your role: {0}.", text[invitation.Role.Label()]],
                "",
                text["To accept, open this link and choose a password (or sign in, if you already have an account):"],
                link,
                "",
                text["The link works until {0:f}.", expires],
                text["If you did not expect this e-mail, you can ignore it."],
                "",
                "Bridgework",
            ];
            mail = new OutgoingMail(invitation.Email, text["You’re invited to {0} on Bridgework", coalition.Name], string.Join("\n", lines));
        }

        try
        {
            await mailer.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Invitation {InvitationId} could not be mailed", invitation.Id);
            return false;
        }
    }
}
