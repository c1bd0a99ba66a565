using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Account;

public sealed class ManageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_user_changes_their_name_and_language_and_mail_follows_the_language()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        var saved = await client.PostFormAsync("/Account/Manage?handler=Profile", new() { ["Profile.DisplayName"] = "Guadalupe Herrera", ["Profile.Language"] = "es" }, "/Account/Manage");
        var page = await client.TextAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("Se guardó su configuración.", page);
        Assert.Contains("Guadalupe Herrera", page);
        Assert.Contains("lang=\"es\"", page);
        await app.Browser().PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });
        Assert.Equal("Restablezca su contraseña de Bridgework", app.LastMailTo(worker.Email).Subject);
    }

    [Fact]
    public async Task A_rejected_name_keeps_what_was_typed_with_the_message_beside_it()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();
        var tooLong = new string('n', 201);

        var response = await client.PostFormAsync("/Account/Manage?handler=Profile", new() { ["Profile.DisplayName"] = tooLong, ["Profile.Language"] = "es" }, "/Account/Manage");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Use at most 200 characters for your name.", Accounts.MessageBeside(html, "Profile.DisplayName"));
        Assert.Equal(tooLong, Accounts.InputValue(html, "Profile.DisplayName"));
        Assert.Matches("value=\"es\"[^>]*checked|checked[^>]*value=\"es\"", html);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var other = await worker.SignInAsync();
        var client = await worker.SignInAsync();
        const string next = "a quiet river under the bridge";

        var wrong = await client.PostFormAsync("/Account/Manage/Password", new()
        {
            ["Input.CurrentPassword"] = "this is not it at all",
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        Assert.Equal("That is not your current password.", Accounts.MessageBeside(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));

        var changed = await client.PostFormAsync("/Account/Manage/Password", new()
        {
            ["Input.CurrentPassword"] = worker.Password,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/")).StatusCode);
        await (worker with { Password = next }).SignInAsync();
    }

    [Fact]
    public async Task A_member_of_two_coalitions_switches_which_one_they_act_for()
    {
        var first = await TestCoalition.CreateAsync(app, "Sierra Foothills Partnership");
        var second = await TestCoalition.CreateAsync(app, "Coastal Bend Collaborative");
        var supervisor = await first.UserAsync(CoalitionRole.Supervisor);
        await app.AddMembershipAsync(second.Id, supervisor.Id, CoalitionRole.CoalitionAdmin);
        var client = await supervisor.SignInAsync();

        var settings = await client.TextAsync("/Account/Manage");
        Assert.Contains("Coastal Bend Collaborative", settings);
        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusAsync("/Users"));

        var switched = await client.PostFormAsync("/Account/Manage?handler=Coalition", new() { ["coalitionId"] = second.Id.ToString() }, "/Account/Manage");

        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        Assert.Contains("Coastal Bend Collaborative", await client.TextAsync("/"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusAsync("/Users"));
    }

    [Fact]
    public async Task Nobody_can_switch_to_a_coalition_they_do_not_belong_to()
    {
        var mine = await TestCoalition.CreateAsync(app);
        var theirs = await TestCoalition.CreateAsync(app);
        var worker = await mine.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        var response = await client.PostFormAsync("/Account/Manage?handler=Coalition", new() { ["coalitionId"] = theirs.Id.ToString() }, "/Account/Manage");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var current = await app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(worker.Id.ToString()))!.CurrentCoalitionId);
        Assert.Equal(mine.Id, current);
    }

    [Fact]
    public async Task A_disabled_member_cannot_sign_in_even_with_the_right_password()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(worker.Id.ToString());
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        });

        var response = await app.Browser().PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("don’t match an account", await response.Content.ReadAsStringAsync());
    }
}
