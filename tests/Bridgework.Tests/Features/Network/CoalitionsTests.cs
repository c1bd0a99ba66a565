using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Network;

public sealed class CoalitionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string AdminPassword = "harvest moon over salinas";

    [Fact]
    public async Task A_network_admin_adds_a_coalition_and_its_first_admin_accepts_and_runs_it()
    {
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();
        var slug = "high-desert-" + Guid.NewGuid().ToString("N")[..6];
        var email = Accounts.NewEmail("first-admin");

        var created = await network.PostFormAsync("/Network/Create", new()
        {
            ["Input.Name"] = "High Desert Care Coalition",
            ["Input.Slug"] = slug,
            ["Input.Region"] = "Antelope Valley",
            ["Input.TimeZone"] = "America/Los_Angeles",
            ["Input.ShareNameInNetwork"] = "true",
            ["Admin.Email"] = email,
            ["Admin.DisplayName"] = "Dolores Vega",
            ["Admin.Language"] = "es",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await network.TextAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("High Desert Care Coalition", page);
        Assert.Contains("Waiting for an admin", page);
        Assert.Contains(email, page, StringComparison.Ordinal);
        Assert.Contains("High Desert Care Coalition", await network.TextAsync("/Network?q=high+desert"));
        var coalition = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Coalitions.SingleAsync(c => c.Slug == slug));
        Assert.True(coalition.ShareNameInNetwork);
        Assert.Equal("Antelope Valley", coalition.Region);

        var mail = app.LastMailTo(email);
        Assert.Contains("High Desert Care Coalition", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Administrador de la coalición", mail.TextBody, StringComparison.Ordinal);
        var link = mail.LinkTo("/Account/AcceptInvitation");
        var invitee = app.Browser();
        var form = await invitee.TextAsync(link);
        await invitee.PostFormAsync(link, new()
        {
            ["Token"] = Accounts.InputValue(form, "Token"),
            ["Input.DisplayName"] = "Dolores Vega",
            ["Input.NewPassword"] = AdminPassword,
            ["Input.ConfirmPassword"] = AdminPassword,
        });

        var users = await invitee.TextAsync("/Users");
        Assert.Contains("Dolores Vega", users);
        Assert.Contains("Coalition admin", users);
        Assert.Contains("Has an admin", await network.TextAsync($"/Network/Coalition/{coalition.Id}"));
    }

    [Fact]
    public async Task A_web_address_name_already_taken_is_refused_beside_the_field_and_everything_typed_is_kept()
    {
        var existing = await TestCoalition.CreateAsync(app);
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();

        var response = await network.PostFormAsync("/Network/Create", new()
        {
            ["Input.Name"] = "Second Try Coalition",
            ["Input.Slug"] = existing.Slug,
            ["Input.Region"] = "Central Coast",
            ["Input.TimeZone"] = "America/Los_Angeles",
            ["Admin.Email"] = "someone@test.example",
            ["Admin.DisplayName"] = "Lena Park",
            ["Admin.Language"] = "en",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already uses this web address name", Accounts.MessageBeside(html, "Input.Slug"), StringComparison.Ordinal);
        Assert.Equal("Second Try Coalition", Accounts.InputValue(html, "Input.Name"));
        Assert.Equal(existing.Slug, Accounts.InputValue(html, "Input.Slug"));
        Assert.Equal("Central Coast", Accounts.InputValue(html, "Input.Region"));
        Assert.Equal("someone@test.example", Accounts.InputValue(html, "Admin.Email"));
        Assert.Equal("Lena Park", Accounts.InputValue(html, "Admin.DisplayName"));
        Assert.Empty(app.MailTo("someone@test.example"));
    }

    [Fact]
    public async Task A_badly_formed_web_address_name_is_refused()
    {
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();

        var response = await network.PostFormAsync("/Network/Create", new()
        {
            ["Input.Name"] = "Spaces Coalition",
            ["Input.Slug"] = "has spaces!",
            ["Input.TimeZone"] = "America/Los_Angeles",
            ["Admin.Email"] = "x@test.example",
            ["Admin.DisplayName"] = "X",
            ["Admin.Language"] = "en",
        });

        Assert.Contains("Use only lowercase letters", Accounts.MessageBeside(await response.Content.ReadAsStringAsync(), "Input.Slug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_admin_gets_403_on_a_coalitions_member_list_and_cannot_reach_its_people()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var member = (await coalition.AddMembersAsync(1, CoalitionRole.Worker, "Confidential Worker"))[0];
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, await network.StatusAsync("/Users"));
        Assert.Equal(HttpStatusCode.Forbidden, await network.StatusAsync($"/Users/Member/{member}"));
        Assert.Equal(HttpStatusCode.Forbidden, await network.StatusAsync("/Users?status=Invited"));
        var page = await network.TextAsync($"/Network/Coalition/{coalition.Id}");
        Assert.DoesNotContain("Confidential Worker", page);
    }

    [Fact]
    public async Task A_network_admin_who_is_made_a_member_sees_that_coalitions_users()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var networkUser = await Accounts.NetworkAdminAsync(app);
        await app.AddMembershipAsync(coalition.Id, networkUser.Id, CoalitionRole.CoalitionAdmin);
        var client = await networkUser.SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusAsync("/Users"));
        Assert.Contains("Switch coalition", await client.TextAsync("/Account/Manage"));
        await client.PostFormAsync("/Account/Manage?handler=Coalition", new() { ["coalitionId"] = coalition.Id.ToString() }, "/Account/Manage");

        Assert.Equal(HttpStatusCode.OK, await client.StatusAsync("/Users"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusAsync("/Network"));
    }

    [Fact]
    public async Task Coalition_admins_cannot_open_the_network_pages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, await admin.StatusAsync("/Network"));
        Assert.Equal(HttpStatusCode.Forbidden, await admin.StatusAsync("/Network/Create"));
        Assert.Equal(HttpStatusCode.Forbidden, await admin.StatusAsync($"/Network/Coalition/{coalition.Id}"));
    }

    [Fact]
    public async Task A_network_admin_invites_an_admin_again_only_while_the_coalition_has_none()
    {
        var orphan = await TestCoalition.CreateAsync(app);
        var running = await TestCoalition.CreateAsync(app);
        await running.AdminAsync();
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();
        var email = Accounts.NewEmail("replacement");

        Assert.DoesNotContain("Invite a coalition admin", await network.TextAsync($"/Network/Coalition/{running.Id}"));
        var refused = await network.PostFormAsync($"/Network/Coalition/{running.Id}?handler=Invite", new()
        {
            ["Admin.Email"] = email,
            ["Admin.DisplayName"] = "Replacement",
            ["Admin.Language"] = "en",
        }, $"/Network/Coalition/{running.Id}");
        Assert.Contains("already has an admin", await refused.Content.ReadAsStringAsync());

        var sent = await network.PostFormAsync($"/Network/Coalition/{orphan.Id}?handler=Invite", new()
        {
            ["Admin.Email"] = email,
            ["Admin.DisplayName"] = "Replacement",
            ["Admin.Language"] = "en",
        }, $"/Network/Coalition/{orphan.Id}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Single(app.MailTo(email));
        Assert.Equal(CoalitionRole.CoalitionAdmin, await orphan.DbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Role).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_coalition_is_a_404()
    {
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await network.GetAsync($"/Network/Coalition/{Guid.CreateVersion7()}")).StatusCode);
    }
}
