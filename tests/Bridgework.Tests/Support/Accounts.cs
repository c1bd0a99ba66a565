using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Bridgework.Tests.Support;

/// <summary>What the account tests need beyond a coalition: network admins, mail, links, form fields and TOTP codes.</summary>
public static partial class Accounts
{
    /// <summary>A statewide network admin who belongs to no coalition.</summary>
    public static async Task<TestUser> NetworkAdminAsync(AppFactory app)
    {
        var email = $"network-{Guid.NewGuid():N}@test.example";
        var id = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Network admin", IsNetworkAdmin = true };
            var result = await users.CreateAsync(user, TestCoalition.Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return user.Id;
        });
        return new TestUser(app, id, email, TestCoalition.Password);
    }

    /// <summary>
    /// Many members at once, written straight to the database (no password: they never sign in), named
    /// "{prefix} 01", "{prefix} 02" and so on. Returns their membership ids in that order.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> AddMembersAsync(this TestCoalition coalition, int count, CoalitionRole role, string prefix)
    {
        return await coalition.DbAsync(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 1; i <= count; i++)
            {
                var email = $"{prefix.Replace(" ", ".", StringComparison.Ordinal).ToLowerInvariant()}.{i:00}.{Guid.NewGuid():N}@test.example";
                var user = new AppUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    DisplayName = $"{prefix} {i:00}",
                    CurrentCoalitionId = coalition.Id,
                };
                var membership = new CoalitionMembership { UserId = user.Id, Role = role };
                db.Users.Add(user);
                db.Memberships.Add(membership);
                ids.Add(membership.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
    }

    /// <summary>Makes an existing user a member of another coalition too.</summary>
    public static Task<int> AddMembershipAsync(this AppFactory app, Guid coalitionId, Guid userId, CoalitionRole role) =>
        app.DbAsync(coalitionId, async db =>
        {
            db.Memberships.Add(new CoalitionMembership { UserId = userId, Role = role });
            return await db.SaveChangesAsync();
        });

    /// <summary>An admin invites <paramref name="email"/> through the Users pages; returns the link from the mail.</summary>
    public static async Task<string> InviteAsync(
        this AppFactory app, HttpClient admin, string email, CoalitionRole role, string name = "Invited Person", string language = "en")
    {
        var sent = await admin.PostFormAsync("/Users/Invite", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Role"] = role.ToString(),
            ["Input.Language"] = language,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return app.LastMailTo(email).LinkTo("/Account/AcceptInvitation");
    }

    public static string NewEmail(string who = "invitee") => $"{who}-{Guid.NewGuid():N}@test.example";

    /// <summary>The mail sent to <paramref name="to"/> so far, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MailTo(this AppFactory app, string to) =>
        app.Mail()
            .Select(raw => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw))))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    public static MimeMessage LastMailTo(this AppFactory app, string to)
    {
        var mail = app.MailTo(to);
        Assert.True(mail.Count > 0, $"No mail was sent to {to}.");
        return mail[^1];
    }

    /// <summary>The path and query of the first link in the mail that goes to <paramref name="path"/>.</summary>
    public static string LinkTo(this MimeMessage mail, string path)
    {
        var match = Regex.Match(mail.TextBody ?? "", @"https?://[^\s/]+(" + Regex.Escape(path) + @"[^\s]*)");
        Assert.True(match.Success, $"No link to {path} in: {mail.TextBody}");
        return match.Groups[1].Value;
    }

    /// <summary>The value of a hidden or text input, HTML-decoded.</summary>
    public static string InputValue(string html, string name)
    {
        var tag = Regex.Match(html, "<input[^>]*name=\"" + Regex.Escape(name) + "\"[^>]*>");
        Assert.True(tag.Success, $"No input {name} on the page.");
        var value = Regex.Match(tag.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }

    /// <summary>The validation message shown beside <paramref name="field"/>, or "" when there is none.</summary>
    public static string MessageBeside(string html, string field)
    {
        var span = Regex.Match(html, "<span[^>]*data-valmsg-for=\"" + Regex.Escape(field) + "\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return span.Success ? WebUtility.HtmlDecode(span.Groups[1].Value) : "";
    }

    /// <summary>
    /// The status a browser ends on for <paramref name="url"/>: a refused permission redirects to the
    /// friendly /Errors/403 page, which answers 403.
    /// </summary>
    public static async Task<HttpStatusCode> StatusAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Errors/", StringComparison.Ordinal))
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        return response.StatusCode;
    }

    /// <summary>Posts a form and follows the redirect to its page, as a browser would.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Signs in with the password, then the authenticator key, as a user with two-factor on does.</summary>
    public static async Task<HttpClient> SignInWithCodeAsync(this TestUser user, string authenticatorKey)
    {
        var client = user.App.Browser();
        var first = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.Contains("/Account/SignInTwoFactor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var second = await client.PostFormAsync("/Account/SignInTwoFactor", new() { ["Input.Code"] = Totp(authenticatorKey) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        return client;
    }

    /// <summary>
    /// The code an authenticator app shows now (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as
    /// Identity checks it. Identity reads the real clock, not the app's TimeProvider.
    /// </summary>
    public static string Totp(string base32Key, int stepOffset = 0)
    {
        var key = FromBase32(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepOffset;
        var counter = BitConverter.GetBytes(IPAddress.HostToNetworkOrder(step));
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A 6-digit code that is surely wrong now (not valid in any step Identity accepts).</summary>
    public static string WrongTotp(string base32Key)
    {
        var valid = Enumerable.Range(-3, 7).Select(i => Totp(base32Key, i)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => (123456 + i * 7919 % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('='))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return bytes.ToArray();
    }

    public static string ManualKey(string html)
    {
        var match = ManualKeyPattern().Match(html);
        Assert.True(match.Success, "No authenticator key on the page.");
        return match.Groups[1].Value;
    }

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<code class=\"manual-key\"[^>]*>([a-z2-7 ]+)</code>")]
    private static partial Regex ManualKeyPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
