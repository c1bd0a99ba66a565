using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Bridgework.Web.Platform.Mail;

public sealed class MailOptions
{
    public string From { get; set; } = "Bridgework <no-reply@bridgework.local>";

    /// <summary>When empty, mail is written as .eml files to <see cref="PickupFolder"/> instead of sent.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string PickupFolder { get; set; } = "data/mail";

    /// <summary>
    /// Where links in mail point, for example https://bridgework.example.org. Set it in production: when
    /// empty, links use the address of the request that sent the mail, which a client can choose.
    /// </summary>
    public string? LinkBaseUrl { get; set; }
}

public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);

public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>Sends through SMTP when configured; otherwise drops .eml files a developer can open.</summary>
public sealed class Mailer(IOptions<MailOptions> options, ILogger<Mailer> log, TimeProvider clock) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            Directory.CreateDirectory(o.PickupFolder);
            var path = Path.Combine(o.PickupFolder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.CreateVersion7():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            log.LogInformation("Mail {Subject} written to {Path}", mail.Subject, path);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
        log.LogInformation("Mail {Subject} sent through {Host}", mail.Subject, o.SmtpHost);
    }
}
