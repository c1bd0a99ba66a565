using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.Account;

/// <summary>The sign-out button and the language switch sit in the layout of every page, account pages included.</summary>
public sealed class LayoutFormsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Signing_out_from_the_header_ends_the_session()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var response = await client.PostFormAsync("/Account/SignOut", new(), "/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_turns_the_account_pages_into_spanish()
    {
        var client = app.Browser();

        var response = await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Account/ForgotPassword" }, "/Account/ForgotPassword");

        Assert.Equal("/Account/ForgotPassword", response.Headers.Location!.OriginalString);
        Assert.Contains("Restablezca su contraseña", await client.TextAsync("/Account/ForgotPassword"));
    }
}
