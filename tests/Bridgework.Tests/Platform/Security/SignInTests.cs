using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Platform.Security;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_member_signs_in_and_lands_on_their_home_page()
    {
        var coalition = await TestCoalition.CreateAsync(app, "Harbor Coalition");
        var admin = await coalition.AdminAsync();

        var client = await admin.SignInAsync();
        var home = await client.TextAsync("/");

        Assert.Contains("Harbor Coalition", home);
        Assert.Contains("What needs you now", home);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_account_exists()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();

        var wrong = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = "not the password at all" });
        var unknown = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = "nobody@test.example", ["Input.Password"] = "not the password at all" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("don’t match an account", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("don’t match an account", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();

        for (var i = 0; i < SecuritySetup.MaxFailedSignIns; i++)
        {
            await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = "wrong password " + i });
        }

        var right = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_needs_an_email_and_a_password_and_keeps_what_was_typed()
    {
        var client = app.Browser();

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = "someone@test.example", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter your password.", html);
        Assert.Contains("value=\"someone@test.example\"", html);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session_on_the_next_request()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(worker.Id.ToString());
            user!.IsDisabled = true;
            await users.UpdateSecurityStampAsync(user);
        });

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/SignIn", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_idle_for_more_than_30_minutes_ends()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_session_ends_after_12_hours_even_when_used_all_day()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        // A request every 20 minutes keeps the idle timeout from ever firing.
        for (var step = 0; step < 36; step++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            app.Clock.Advance(TimeSpan.FromMinutes(20));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
