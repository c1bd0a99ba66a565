using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.Account;

public sealed class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Two_factor_is_turned_on_with_a_code_and_then_asked_for_at_sign_in()
    {
        var coalition = await TestCoalition.CreateAsync(app, "Delta Two-Factor Coalition");
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        var setup = await client.TextAsync("/Account/Manage/EnableAuthenticator");
        Assert.Contains("src=\"data:image/png;base64,", setup);
        var key = Accounts.ManualKey(setup);
        var turnedOn = await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Accounts.Totp(key) });
        Assert.Equal("/Account/Manage/RecoveryCodes", turnedOn.Headers.Location!.OriginalString);
        var codes = Accounts.RecoveryCodes(await client.TextAsync("/Account/Manage/RecoveryCodes"));
        Assert.Equal(10, codes.Count);
        // This session carries on; the codes are shown once only.
        Assert.Contains("Turn off two-factor sign-in", await client.TextAsync("/Account/Manage/TwoFactor"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Account/Manage/RecoveryCodes")).StatusCode);

        var fresh = app.Browser();
        var password = await fresh.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });
        Assert.StartsWith("/Account/SignInTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/")).StatusCode);
        var code = await fresh.PostFormAsync("/Account/SignInTwoFactor", new() { ["Input.Code"] = Accounts.Totp(key) });
        Assert.Equal("/", code.Headers.Location!.OriginalString);
        Assert.Contains("Delta Two-Factor Coalition", await fresh.TextAsync("/"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();
        var key = Accounts.ManualKey(await client.TextAsync("/Account/Manage/EnableAuthenticator"));

        var wrong = await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Accounts.WrongTotp(key) });
        var html = await wrong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code does not match", Accounts.MessageBeside(html, "Input.Code"), StringComparison.Ordinal);
        Assert.Equal(key, Accounts.ManualKey(html));
        await worker.SignInAsync();
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var (_, codes) = await TurnOnAsync(worker);

        var first = await SignInWithRecoveryCodeAsync(worker, codes[3].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location!.OriginalString);

        var again = await SignInWithRecoveryCodeAsync(worker, codes[3]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already used", Accounts.MessageBeside(await again.Content.ReadAsStringAsync(), "Input.Code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_toward_lockout()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var (key, _) = await TurnOnAsync(worker);
        var client = app.Browser();
        await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });

        for (var i = 0; i < SecuritySetup.MaxFailedSignIns; i++)
        {
            await client.PostFormAsync("/Account/SignInTwoFactor", new() { ["Input.Code"] = Accounts.WrongTotp(key) });
        }

        var right = await client.PostFormAsync("/Account/SignInTwoFactor", new() { ["Input.Code"] = Accounts.Totp(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_toward_lockout()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var (_, codes) = await TurnOnAsync(worker);
        var client = app.Browser();
        await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });

        for (var i = 0; i < SecuritySetup.MaxFailedSignIns - 1; i++)
        {
            var wrong = await client.PostFormAsync("/Account/SignInRecoveryCode", new() { ["Input.Code"] = "AAAAA-0000" + i });
            Assert.DoesNotContain("locked", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var last = await client.PostFormAsync("/Account/SignInRecoveryCode", new() { ["Input.Code"] = "BBBBB-00000" });
        var right = await client.PostFormAsync("/Account/SignInRecoveryCode", new() { ["Input.Code"] = codes[0] });
        Assert.Contains("locked", await last.Content.ReadAsStringAsync());
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var (key, old) = await TurnOnAsync(worker);
        var client = await worker.SignInWithCodeAsync(key);

        var made = await client.PostFormAsync("/Account/Manage/TwoFactor?handler=RecoveryCodes", new(), "/Account/Manage/TwoFactor");
        var fresh = Accounts.RecoveryCodes(await client.TextAsync(made.Headers.Location!.OriginalString));

        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        Assert.Equal(HttpStatusCode.OK, (await SignInWithRecoveryCodeAsync(worker, old[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(worker, fresh[0])).StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var (key, _) = await TurnOnAsync(worker);
        var client = await worker.SignInWithCodeAsync(key);

        var wrong = await client.PostFormAsync("/Account/Manage/TwoFactor?handler=TurnOff", new() { ["TurnOff.Password"] = "not my password at all" }, "/Account/Manage/TwoFactor");
        Assert.Equal("That is not your current password.", Accounts.MessageBeside(await wrong.Content.ReadAsStringAsync(), "TurnOff.Password"));

        var off = await client.PostFormAsync("/Account/Manage/TwoFactor?handler=TurnOff", new() { ["TurnOff.Password"] = worker.Password }, "/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Two-factor sign-in is off", await client.TextAsync(off.Headers.Location!.OriginalString));
        await worker.SignInAsync();
    }

    /// <summary>Turns two-factor on for <paramref name="user"/> and returns the app's key and the recovery codes.</summary>
    private static async Task<(string Key, IReadOnlyList<string> Codes)> TurnOnAsync(TestUser user)
    {
        var client = await user.SignInAsync();
        var key = Accounts.ManualKey(await client.TextAsync("/Account/Manage/EnableAuthenticator"));
        var done = await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Accounts.Totp(key) });
        var codes = Accounts.RecoveryCodes(await client.TextAsync(done.Headers.Location!.OriginalString));
        return (key, codes);
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(TestUser user, string code)
    {
        var client = app.Browser();
        await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        return await client.PostFormAsync("/Account/SignInRecoveryCode", new() { ["Input.Code"] = code });
    }
}
