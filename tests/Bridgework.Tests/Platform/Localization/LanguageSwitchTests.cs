using System.Net;
using Bridgework.Tests.Support;

namespace Bridgework.Tests.Platform.Localization;

public sealed class LanguageSwitchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_language_switch_in_the_header_turns_every_following_page_into_Spanish_and_back()
    {
        var client = app.Browser();
        var page = await client.TextAsync("/Account/SignIn");
        var switchForm = page[page.IndexOf("class=\"language-switch\"", StringComparison.Ordinal)..];
        Assert.Contains("__RequestVerificationToken", switchForm[..switchForm.IndexOf("</form>", StringComparison.Ordinal)]);

        var toSpanish = await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Account/SignIn" }, formPage: "/Account/SignIn");
        Assert.Equal(HttpStatusCode.Redirect, toSpanish.StatusCode);
        Assert.Equal("/Account/SignIn", toSpanish.Headers.Location!.OriginalString);
        var spanish = await client.TextAsync("/Account/SignIn");

        var toEnglish = await client.PostFormAsync("/Language", new() { ["culture"] = "en-US", ["returnUrl"] = "/Account/SignIn" }, formPage: "/Account/SignIn");
        var english = await client.TextAsync("/Account/SignIn");

        Assert.Contains("<html lang=\"es\">", spanish);
        Assert.Contains("Contraseña", spanish);
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Password", english);
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_ignored()
    {
        var client = app.Browser();

        var response = await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "https://example.org/phish" }, formPage: "/Account/SignIn");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_browser_that_prefers_Spanish_gets_Spanish_on_its_first_visit()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        var html = await client.TextAsync("/Account/SignIn");

        Assert.Contains("Iniciar sesión", html);
    }
}
