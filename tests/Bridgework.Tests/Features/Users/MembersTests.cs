using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Users;

public sealed partial class MembersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_member_list_pages_sorts_and_filters_by_role_status_and_name()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var workers = await coalition.AddMembersAsync(27, CoalitionRole.Worker, "Worker");
        await coalition.AddMembersAsync(2, CoalitionRole.Supervisor, "Supervisor");
        await coalition.DbAsync(async db =>
        {
            var m = await db.Memberships.SingleAsync(x => x.Id == workers[4]);
            m.IsActive = false;
            return await db.SaveChangesAsync();
        });
        var client = await admin.SignInAsync();

        var first = await client.TextAsync("/Users");
        var second = await client.TextAsync("/Users?p=2");
        Assert.Contains("30 members", first);
        Assert.Equal(25, Rows(first));
        Assert.Equal(5, Rows(second));
        Assert.Contains("Showing 26–30 of 30", second);

        Assert.Equal(2, Rows(await client.TextAsync("/Users?role=Supervisor")));
        var disabled = await client.TextAsync("/Users?status=Disabled");
        Assert.Equal(1, Rows(disabled));
        Assert.Contains("Worker 05", disabled);
        Assert.Contains("29 members", await client.TextAsync("/Users?status=Active"));
        Assert.Equal(9, Rows(await client.TextAsync("/Users?q=worker+0")));

        var byNameDown = await client.TextAsync("/Users?sort=Name&desc=true");
        Assert.Equal("Worker 27", FirstName(byNameDown));
        Assert.Contains("aria-sort=\"descending\"", byNameDown);
    }

    [Fact]
    public async Task Only_coalition_admins_open_the_user_pages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var membership = (await coalition.AddMembersAsync(1, CoalitionRole.Worker, "Worker"))[0];

        foreach (var role in new[] { CoalitionRole.Supervisor, CoalitionRole.Worker, CoalitionRole.TeamMember })
        {
            var client = await (await coalition.UserAsync(role)).SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, await client.StatusAsync("/Users"));
            Assert.Equal(HttpStatusCode.Forbidden, await client.StatusAsync("/Users/Invite"));
            Assert.Equal(HttpStatusCode.Forbidden, await client.StatusAsync($"/Users/Member/{membership}"));
        }

        Assert.Equal(HttpStatusCode.OK, await (await admin.SignInAsync()).StatusAsync($"/Users/Member/{membership}"));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_this_coalitions_members_and_invitations()
    {
        var ours = await TestCoalition.CreateAsync(app);
        var theirs = await TestCoalition.CreateAsync(app);
        var ourAdmin = await (await ours.AdminAsync()).SignInAsync();
        var member = (await ours.AddMembersAsync(1, CoalitionRole.Worker, "Private Person"))[0];
        var email = Accounts.NewEmail();
        await app.InviteAsync(ourAdmin, email, CoalitionRole.Worker);
        var invitation = await ours.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        var other = await (await theirs.AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Users/Member/{member}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Users/Invitation/{invitation}")).StatusCode);
        var role = await other.PostFormAsync($"/Users/Member/{member}?handler=Role", new() { ["Input.Role"] = "CoalitionAdmin" }, "/Users/Invite");
        var disable = await other.PostFormAsync($"/Users/Member/{member}?handler=Disable", new(), "/Users/Invite");
        var resend = await other.PostFormAsync($"/Users/Invitation/{invitation}?handler=Resend", new(), "/Users/Invite");
        var revoke = await other.PostFormAsync($"/Users/Invitation/{invitation}?handler=Revoke", new(), "/Users/Invite");
        Assert.All([role, disable, resend, revoke], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.DoesNotContain("Private Person", await other.TextAsync("/Users"));
        Assert.DoesNotContain(email, await other.TextAsync("/Users?status=Invited"), StringComparison.Ordinal);

        var (stillWorker, stillOpen) = await ours.DbAsync(async db => (
            await db.Memberships.Where(m => m.Id == member).Select(m => m.Role == CoalitionRole.Worker && m.IsActive).SingleAsync(),
            await db.Invitations.Where(i => i.Id == invitation).Select(i => i.RevokedAt == null).SingleAsync()));
        Assert.True(stillWorker);
        Assert.True(stillOpen);
        Assert.Single(app.MailTo(email));
    }

    [Fact]
    public async Task Changing_a_members_role_is_saved_and_audited()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var membership = await coalition.DbAsync(db => db.Memberships.Where(m => m.UserId == worker.Id).Select(m => m.Id).SingleAsync());
        var workerClient = await worker.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await workerClient.StatusAsync("/Users"));

        var page = $"/Users/Member/{membership}";
        var version = Accounts.InputValue(await admin.TextAsync(page), "Input.Version");
        var saved = await admin.PostFormAsync(page + "?handler=Role", new() { ["Input.Role"] = "CoalitionAdmin", ["Input.Version"] = version }, page);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("is now Coalition admin", await admin.TextAsync(page));
        Assert.Equal(HttpStatusCode.OK, await workerClient.StatusAsync("/Users"));
        var audit = await coalition.DbAsync(db => db.AuditEntries
            .Where(a => a.EntityId == membership && a.Action == AuditAction.Updated)
            .Select(a => a.Changes).SingleAsync());
        Assert.Contains("\"Role\"", audit, StringComparison.Ordinal);
        Assert.Contains("CoalitionAdmin", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_role_form_is_refused_and_shows_the_current_role_keeping_the_choice()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var first = await (await coalition.AdminAsync()).SignInAsync();
        var second = await (await coalition.AdminAsync()).SignInAsync();
        var membership = (await coalition.AddMembersAsync(1, CoalitionRole.Worker, "Worker"))[0];
        var page = $"/Users/Member/{membership}";
        var version = Accounts.InputValue(await first.TextAsync(page), "Input.Version");
        await second.PostFormAsync(page + "?handler=Role", new() { ["Input.Role"] = "Supervisor", ["Input.Version"] = version }, page);

        var stale = await first.PostFormAsync(page + "?handler=Role", new() { ["Input.Role"] = "TeamMember", ["Input.Version"] = version }, page);
        var html = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("their role is now Supervisor", Accounts.MessageBeside(html, "Input.Role"), StringComparison.Ordinal);
        Assert.Matches("value=\"TeamMember\"[^>]*checked", html);
        Assert.Equal(CoalitionRole.Supervisor, await coalition.DbAsync(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task Disabling_a_member_ends_their_sessions_at_once_and_turning_access_on_lets_them_back()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var session = await worker.SignInAsync();
        var membership = await coalition.DbAsync(db => db.Memberships.Where(m => m.UserId == worker.Id).Select(m => m.Id).SingleAsync());
        var page = $"/Users/Member/{membership}";

        var off = await admin.PostFormAsync(page + "?handler=Disable", new(), page);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var next = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Account/SignIn", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var refused = await app.Browser().PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Disabled", await admin.TextAsync(page));

        await admin.PostFormAsync(page + "?handler=Enable", new(), page);
        await worker.SignInAsync();
    }

    [Fact]
    public async Task Disabling_someone_here_keeps_their_account_working_in_their_other_coalition()
    {
        var here = await TestCoalition.CreateAsync(app);
        var there = await TestCoalition.CreateAsync(app, "Mountain Valley Alliance");
        var admin = await (await here.AdminAsync()).SignInAsync();
        var worker = await here.UserAsync(CoalitionRole.Worker);
        await app.AddMembershipAsync(there.Id, worker.Id, CoalitionRole.Supervisor);
        var membership = await here.DbAsync(db => db.Memberships.Where(m => m.UserId == worker.Id).Select(m => m.Id).SingleAsync());

        await admin.PostFormAsync($"/Users/Member/{membership}?handler=Disable", new(), $"/Users/Member/{membership}");

        var client = await worker.SignInAsync();
        Assert.Contains("Mountain Valley Alliance", await client.TextAsync("/"));
    }

    [Fact]
    public async Task An_admin_cannot_turn_off_their_own_access()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await coalition.AdminAsync();
        var me = await coalition.AdminAsync();
        var client = await me.SignInAsync();
        var membership = await coalition.DbAsync(db => db.Memberships.Where(m => m.UserId == me.Id).Select(m => m.Id).SingleAsync());
        var page = $"/Users/Member/{membership}";

        Assert.DoesNotContain("Turn off access", await client.TextAsync(page));
        var response = await client.PostFormAsync(page + "?handler=Disable", new(), page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot turn off your own access", await response.Content.ReadAsStringAsync());
        Assert.True(await coalition.DbAsync(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_last_coalition_admin_keeps_the_role()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var me = await coalition.AdminAsync();
        var client = await me.SignInAsync();
        var membership = await coalition.DbAsync(db => db.Memberships.Where(m => m.UserId == me.Id).Select(m => m.Id).SingleAsync());
        var page = $"/Users/Member/{membership}";
        var version = Accounts.InputValue(await client.TextAsync(page), "Input.Version");

        var response = await client.PostFormAsync(page + "?handler=Role", new() { ["Input.Role"] = "Worker", ["Input.Version"] = version }, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("only active admin", Accounts.MessageBeside(await response.Content.ReadAsStringAsync(), "Input.Role"), StringComparison.Ordinal);
        Assert.Equal(CoalitionRole.CoalitionAdmin, await coalition.DbAsync(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.Role).SingleAsync()));
    }

    private static int Rows(string html) => MemberLink().Count(html);

    private static string FirstName(string html) => MemberLink().Match(html).Groups[1].Value;

    [GeneratedRegex("<a href=\"/Users/Member/[0-9a-f-]{36}\">([^<]*)</a>")]
    private static partial Regex MemberLink();
}
