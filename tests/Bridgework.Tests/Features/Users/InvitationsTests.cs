using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Users;

public sealed class InvitationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_admin_invites_someone_in_spanish_and_only_the_hash_of_the_link_is_stored()
    {
        var coalition = await TestCoalition.CreateAsync(app, "Imperial Valley Promotoras Coalition");
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();

        var sent = await admin.PostFormAsync("/Users/Invite", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "María Sánchez",
            ["Input.Role"] = "Worker",
            ["Input.Language"] = "es",
        });

        Assert.Equal("/Users?status=Invited", sent.Headers.Location!.OriginalString);
        var list = await admin.TextAsync("/Users?status=Invited");
        Assert.Contains("Invitation sent to " + email, list, StringComparison.Ordinal);
        Assert.Contains("María Sánchez", list);
        var mail = app.LastMailTo(email);
        Assert.Equal("Invitación para unirse a Imperial Valley Promotoras Coalition en Bridgework", mail.Subject);
        Assert.Contains("Su función: Trabajador(a).", mail.TextBody, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(mail.LinkTo("/Account/AcceptInvitation").Split("token=")[1]);
        var stored = await coalition.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => new { i.TokenHash, i.Role, i.Language, i.ExpiresAt }).SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(CoalitionRole.Worker, stored.Role);
        Assert.Equal("es", stored.Language);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(7), stored.ExpiresAt);
    }

    [Fact]
    public async Task A_rejected_invitation_keeps_what_was_typed_with_messages_beside_the_fields()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();

        var response = await admin.PostFormAsync("/Users/Invite", new()
        {
            ["Input.Email"] = "not an address",
            ["Input.DisplayName"] = "Tomás Reyes",
            ["Input.Language"] = "es",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter an e-mail address like name@example.org.", Accounts.MessageBeside(html, "Input.Email"));
        Assert.Equal("Choose the role this person will have.", Accounts.MessageBeside(html, "Input.Role"));
        Assert.Equal("not an address", Accounts.InputValue(html, "Input.Email"));
        Assert.Equal("Tomás Reyes", Accounts.InputValue(html, "Input.DisplayName"));
        Assert.Matches("value=\"es\"[^>]*checked|checked[^>]*value=\"es\"", html);
    }

    [Fact]
    public async Task Inviting_a_member_or_someone_already_invited_is_refused_beside_the_email()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var email = Accounts.NewEmail();
        await app.InviteAsync(admin, email, CoalitionRole.Worker);

        var member = await Invite(admin, worker.Email.ToUpperInvariant());
        var twice = await Invite(admin, email);

        Assert.Contains("already a member", Accounts.MessageBeside(await member.Content.ReadAsStringAsync(), "Input.Email"), StringComparison.Ordinal);
        Assert.Contains("already waiting", Accounts.MessageBeside(await twice.Content.ReadAsStringAsync(), "Input.Email"), StringComparison.Ordinal);
        Assert.Equal(1, await coalition.DbAsync(db => db.Invitations.CountAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task Sending_again_makes_a_new_link_and_the_old_one_stops_working()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var adminUser = await coalition.AdminAsync();
        var admin = await adminUser.SignInAsync();
        var email = Accounts.NewEmail();
        var oldLink = await app.InviteAsync(admin, email, CoalitionRole.Supervisor);
        var id = await coalition.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        app.Clock.Advance(TimeSpan.FromDays(8));
        admin = await adminUser.SignInAsync();
        Assert.Contains("Expired", await admin.TextAsync("/Users?status=Invited"));

        var resent = await admin.PostFormAsync($"/Users/Invitation/{id}?handler=Resend", new() { ["returnUrl"] = "/Users?status=Invited" }, "/Users?status=Invited");

        Assert.Equal("/Users?status=Invited", resent.Headers.Location!.OriginalString);
        var newLink = app.LastMailTo(email).LinkTo("/Account/AcceptInvitation");
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(oldLink)).StatusCode);
        Assert.Contains("Choose your name and a password", await app.Browser().TextAsync(newLink));
    }

    [Fact]
    public async Task A_withdrawn_invitation_leaves_the_list_and_the_home_card()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        await app.InviteAsync(admin, email, CoalitionRole.Worker);
        var id = await coalition.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

        var home = await admin.TextAsync("/");
        Assert.Contains("Pending invitations", home);
        Assert.Contains("href=\"/Users?status=Invited\"", home);

        await admin.PostFormAsync($"/Users/Invitation/{id}?handler=Revoke", new(), $"/Users/Invitation/{id}");

        Assert.DoesNotContain($"/Users/Invitation/{id}", await admin.TextAsync("/Users?status=Invited"), StringComparison.Ordinal);
        Assert.Contains("Withdrawn", await admin.TextAsync($"/Users/Invitation/{id}"));
        Assert.DoesNotContain("Pending invitations", await admin.TextAsync("/"));
    }

    [Fact]
    public async Task Only_coalition_admins_see_the_pending_invitations_card()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        await app.InviteAsync(admin, Accounts.NewEmail(), CoalitionRole.Worker);
        var supervisor = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();

        Assert.Contains("Pending invitations", await admin.TextAsync("/"));
        Assert.DoesNotContain("Pending invitations", await supervisor.TextAsync("/"));
    }

    private static Task<HttpResponseMessage> Invite(HttpClient admin, string email) =>
        admin.PostFormAsync("/Users/Invite", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Someone",
            ["Input.Role"] = "Worker",
            ["Input.Language"] = "en",
        });
}
