using System.Text;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>
/// Mail about a user's own account, always in the user's preferred language: the reset link, and a
/// notice after every change to how they sign in (OWASP ASVS 2.2.3), so a change they did not make is noticed.
/// </summary>
public sealed class AccountMail(IMailer mailer, MailLinks links, IStringLocalizer<AccountText> text, ILogger<AccountMail> log)
{
    public async Task SendResetLinkAsync(AppUser user, string token, CancellationToken cancellationToken)
    {
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = links.For($"/Account/ResetPassword?user={user.Id}&token={encoded}");
        OutgoingMail mail;
        using (CultureScope.For(user.PreferredCulture))
        {
            string[] lines =
            [
                text["Hello {0},", user.DisplayName],
                "",
                text["Someone asked to reset the password of your Bridgework account. If it was you, open this link within 2 hours and choose a new password:"],
                link,
                "",
                text["If it was not you, ignore this e-mail: your password stays as it is."],
                "",
                "Bridgework",
            ];
            mail = new OutgoingMail(user.Email!, text["Reset your Bridgework password"], string.Join("\n", lines));
        }

        await SendAsync(mail, cancellationToken);
    }

    /// <summary>Tells the user that <paramref name="what"/> (an English key in AccountText) just happened to their account.</summary>
    public async Task SendNoticeAsync(AppUser user, string what, CancellationToken cancellationToken)
    {
        OutgoingMail mail;
        using (CultureScope.For(user.PreferredCulture))
        {
            string[] lines =
            [
                text["Hello {0},", user.DisplayName],
                "",
                text[what],
                "",
                text["If you did not do this, reset your password now from the sign-in page and tell your coalition admin."],
                links.For("/Account/ForgotPassword"),
                "",
                "Bridgework",
            ];
            mail = new OutgoingMail(user.Email!, text["A change to your Bridgework account"], string.Join("\n", lines));
        }

        await SendAsync(mail, cancellationToken);
    }

    private async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The account change itself stands; a mail server outage must not undo or hide it.
            log.LogError(e, "Account mail could not be sent");
        }
    }
}
