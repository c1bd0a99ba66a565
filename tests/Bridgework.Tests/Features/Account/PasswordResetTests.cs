using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Account;

public sealed class PasswordResetTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NewPassword = "seven orange kites over the delta";

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();

        var asked = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });
        Assert.Contains("we have sent it a link", await asked.Content.ReadAsStringAsync());

        var mail = app.LastMailTo(worker.Email);
        Assert.Equal("Reset your Bridgework password", mail.Subject);
        var link = mail.LinkTo("/Account/ResetPassword");
        var saved = await ResetAsync(client, link, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("/Account/SignIn", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Your password is changed", await client.TextAsync(saved.Headers.Location!.OriginalString));
        await (worker with { Password = NewPassword }).SignInAsync();
        var old = await app.Browser().PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains("A change to your Bridgework account", app.LastMailTo(worker.Email).Subject);
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_answer_and_no_mail()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var stranger = $"nobody-{Guid.NewGuid():N}@test.example";

        var known = await (await app.Browser().PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email })).Content.ReadAsStringAsync();
        var unknown = await (await app.Browser().PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = stranger })).Content.ReadAsStringAsync();

        Assert.Equal(Comparable(known, worker.Email), Comparable(unknown, stranger));
        Assert.Empty(app.MailTo(stranger));
    }

    [Fact]
    public async Task A_reset_ends_other_sessions_and_lifts_a_lockout()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var elsewhere = await worker.SignInAsync();
        var attacker = app.Browser();
        for (var i = 0; i < SecuritySetup.MaxFailedSignIns; i++)
        {
            await attacker.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = "a wrong guess " + i });
        }

        var client = app.Browser();
        await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });
        await ResetAsync(client, app.LastMailTo(worker.Email).LinkTo("/Account/ResetPassword"), NewPassword);

        var old = await elsewhere.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Contains("/Account/SignIn", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await (worker with { Password = NewPassword }).SignInAsync();
    }

    [Fact]
    public async Task A_reset_link_works_only_once()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();
        await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });
        var link = app.LastMailTo(worker.Email).LinkTo("/Account/ResetPassword");
        await ResetAsync(client, link, NewPassword);

        var again = await client.TextAsync(link);

        Assert.Contains("This link no longer works", again);
        Assert.DoesNotContain("Input.NewPassword", again);
    }

    [Fact]
    public async Task A_new_password_needs_12_characters_and_must_not_be_common_with_the_message_beside_the_field()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();
        await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });
        var link = app.LastMailTo(worker.Email).LinkTo("/Account/ResetPassword");

        var tooShort = await (await ResetAsync(client, link, "short pass")).Content.ReadAsStringAsync();
        var common = await (await ResetAsync(client, link, "Contrasena007")).Content.ReadAsStringAsync();
        var mismatch = await (await ResetAsync(client, link, NewPassword, confirm: NewPassword + "!")).Content.ReadAsStringAsync();

        Assert.Equal("Use at least 12 characters.", Accounts.MessageBeside(tooShort, "Input.NewPassword"));
        Assert.Contains("commonly used passwords", Accounts.MessageBeside(common, "Input.NewPassword"), StringComparison.Ordinal);
        Assert.Contains("not the same", Accounts.MessageBeside(mismatch, "Input.ConfirmPassword"), StringComparison.Ordinal);
        Assert.Contains("There is a problem", common);
        // None of these used up the link.
        await ResetAsync(client, link, NewPassword);
        await (worker with { Password = NewPassword }).SignInAsync();
    }

    [Fact]
    public async Task The_reset_mail_is_in_the_users_language()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(worker.Id.ToString());
            user!.PreferredCulture = "es";
            await users.UpdateAsync(user);
        });

        await app.Browser().PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });

        var mail = app.LastMailTo(worker.Email);
        Assert.Equal("Restablezca su contraseña de Bridgework", mail.Subject);
        Assert.Contains("/Account/ResetPassword", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_gets_no_reset_mail()
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

        var answer = await app.Browser().PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = worker.Email });

        Assert.Contains("we have sent it a link", await answer.Content.ReadAsStringAsync());
        Assert.Empty(app.MailTo(worker.Email));
    }

    /// <summary>The page without what differs by design: the address typed and the antiforgery tokens.</summary>
    private static string Comparable(string html, string email) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace(email, "X", StringComparison.Ordinal), "name=\"(__RequestVerificationToken|__SubmissionId)\" (type=\"hidden\" )?value=\"[^\"]+\"", "");

    private static async Task<HttpResponseMessage> ResetAsync(HttpClient client, string link, string password, string? confirm = null)
    {
        var page = await client.TextAsync(link);
        return await client.PostFormAsync(link, new()
        {
            ["Input.UserId"] = Accounts.InputValue(page, "Input.UserId"),
            ["Input.Token"] = Accounts.InputValue(page, "Input.Token"),
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        });
    }
}
