using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Account;

public sealed class AcceptInvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ChosenPassword = "tamales on sunday morning";

    [Fact]
    public async Task An_invitee_chooses_a_password_and_is_signed_in_as_a_member()
    {
        var coalition = await TestCoalition.CreateAsync(app, "Central Valley Promotores Network");
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        var link = await app.InviteAsync(admin, email, CoalitionRole.Supervisor, "Ana Beltrán");
        var invitee = app.Browser();

        var page = await invitee.TextAsync(link);
        Assert.Contains("Central Valley Promotores Network", page);
        Assert.Contains("Supervisor", page);
        Assert.Equal("Ana Beltrán", Accounts.InputValue(page, "Input.DisplayName"));

        var accepted = await invitee.PostFormAsync(link, new()
        {
            ["Token"] = Accounts.InputValue(page, "Token"),
            ["Input.DisplayName"] = "Ana María Beltrán",
            ["Input.NewPassword"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        });

        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        var home = await invitee.TextAsync("/");
        Assert.Contains("Hello, Ana María Beltrán", home);
        Assert.Contains("Central Valley Promotores Network", home);
        var (role, audited, acceptedAt) = await coalition.DbAsync(async db => (
            await db.Memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Role, u.Email }).Where(x => x.Email == email).Select(x => x.Role).SingleAsync(),
            await db.AuditEntries.AnyAsync(a => a.Entity == "CoalitionMembership" && a.Action == AuditAction.Created),
            await db.Invitations.Where(i => i.Email == email).Select(i => i.AcceptedAt).SingleAsync()));
        Assert.Equal(CoalitionRole.Supervisor, role);
        Assert.True(audited);
        Assert.NotNull(acceptedAt);
        await new TestUser(app, Guid.Empty, email, ChosenPassword).SignInAsync();
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_with_a_clear_page()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        var link = await app.InviteAsync(admin, email, CoalitionRole.Worker);
        var page = await app.Browser().TextAsync(link);

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await app.Browser().GetAsync(link);
        var late = await app.Browser().PostFormAsync(link, new()
        {
            ["Token"] = Accounts.InputValue(page, "Token"),
            ["Input.DisplayName"] = "Late Person",
            ["Input.NewPassword"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }, formPage: "/Account/SignIn");

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This invitation has expired", await expired.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.False(await coalition.DbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_used_invitation_cannot_be_used_again()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        var link = await app.InviteAsync(admin, email, CoalitionRole.Worker);
        await AcceptAsync(app.Browser(), link);

        var again = await app.Browser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This invitation was already used", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_withdrawn_invitation_is_refused()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        var link = await app.InviteAsync(admin, email, CoalitionRole.Worker);
        var id = await coalition.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        await admin.PostFormAsync($"/Users/Invitation/{id}?handler=Revoke", new(), $"/Users/Invitation/{id}");

        var refused = await app.Browser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Contains("This invitation was withdrawn", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_link_gets_a_clear_page()
    {
        var response = await app.Browser().GetAsync("/Account/AcceptInvitation?token=not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We can’t find this invitation", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Someone_with_an_account_joins_after_signing_in()
    {
        var home = await TestCoalition.CreateAsync(app, "Redwood Empire Coalition");
        var other = await TestCoalition.CreateAsync(app, "Bay Shore Health Partnership");
        var worker = await home.UserAsync(CoalitionRole.Worker);
        var admin = await (await other.AdminAsync()).SignInAsync();
        var link = await app.InviteAsync(admin, worker.Email, CoalitionRole.TeamMember);
        var client = app.Browser();

        var asks = await client.TextAsync(link);
        Assert.Contains("Sign in to accept", asks);
        Assert.DoesNotContain("Input.NewPassword", asks);

        var returnUrl = "/Account/AcceptInvitation?token=" + Uri.EscapeDataString(Token(link));
        var signedIn = await client.PostFormAsync("/Account/SignIn?ReturnUrl=" + Uri.EscapeDataString(returnUrl), new()
        {
            ["Input.Email"] = worker.Email,
            ["Input.Password"] = worker.Password,
            ["ReturnUrl"] = returnUrl,
        });
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);
        var join = await client.TextAsync(returnUrl);
        Assert.Contains("Join Bay Shore Health Partnership", join);

        var joined = await client.PostFormAsync(link + "&handler=Join", new() { ["Token"] = Token(link) }, link);

        Assert.Equal("/", joined.Headers.Location!.OriginalString);
        Assert.Contains("Bay Shore Health Partnership", await client.TextAsync("/"));
        Assert.Equal(CoalitionRole.TeamMember, await other.DbAsync(db => db.Memberships.Where(m => m.UserId == worker.Id).Select(m => m.Role).SingleAsync()));
        Assert.Equal(CoalitionRole.Worker, await home.DbAsync(db => db.Memberships.Where(m => m.UserId == worker.Id).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task The_password_rules_apply_and_what_was_typed_is_kept()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var email = Accounts.NewEmail();
        var link = await app.InviteAsync(admin, email, CoalitionRole.Worker);
        var client = app.Browser();
        var page = await client.TextAsync(link);

        var response = await client.PostFormAsync(link, new()
        {
            ["Token"] = Accounts.InputValue(page, "Token"),
            ["Input.DisplayName"] = "Rubén Ortega",
            ["Input.NewPassword"] = "too short",
            ["Input.ConfirmPassword"] = "too short",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Use at least 12 characters.", Accounts.MessageBeside(html, "Input.NewPassword"));
        Assert.Equal("Rubén Ortega", Accounts.InputValue(html, "Input.DisplayName"));
        Assert.False(await coalition.DbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private static string Token(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

    private static async Task AcceptAsync(HttpClient client, string link)
    {
        var page = await client.TextAsync(link);
        var response = await client.PostFormAsync(link, new()
        {
            ["Token"] = Accounts.InputValue(page, "Token"),
            ["Input.DisplayName"] = "Someone",
            ["Input.NewPassword"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
