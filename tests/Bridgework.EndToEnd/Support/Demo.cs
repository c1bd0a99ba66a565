using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Support;

/// <summary>The demo sign-ins seeded on first start, and the steps every journey shares.</summary>
public static partial class Demo
{
    public const string Password = "Bridgework-demo-2026";
    public const string CoalitionAdmin = "coalition.admin@demo.test";
    public const string Supervisor = "supervisor@demo.test";
    public const string Worker = "worker@demo.test";

    /// <summary>Locked out by the lockout journey: no other journey signs in with it.</summary>
    public const string Clinician = "clinician@demo.test";
    public const string NetworkAdmin = "network.admin@demo.test";

    /// <summary>Signs in from the sign-in page the browser is on, checking that page first if no step has.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        if (!page.Url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase))
        {
            await page.GotoAsync("/Account/SignIn");
        }

        if (Journey.Current?.HasChecked(page.Url) != true)
        {
            await Axe.CheckAsync(page);
        }

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Clicks the header's language switch and waits for the page to come back in that language.</summary>
    public static async Task SwitchLanguageAsync(IPage page, string to)
    {
        var (button, lang) = to switch
        {
            "es" => ("Español", "es"),
            _ => ("English", "en"),
        };
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    [GeneratedRegex("/Account/SignIn", RegexOptions.IgnoreCase)]
    public static partial Regex SignInUrl();
}
