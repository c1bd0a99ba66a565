using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.People;

/// <summary>The People module's journey: a coalition admin adds an organization and a worker, then finds them.</summary>
[Collection(AppCollection.Name)]
public sealed partial class PeopleJourney(AppServer app)
{
    [Fact]
    public Task The_coalition_admin_adds_an_organization_and_a_worker_then_finds_the_worker_in_both_languages() => Journey.RunAsync(app, async page =>
    {
        // Letters only, so the names read like names and no other test's record can match.
        var unique = string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));
        var organization = "Semillas Community Partners " + char.ToUpperInvariant(unique[0]) + unique[1..];
        var firstName = "Itzel";
        var lastName = "Caballero" + unique;

        await Demo.SignInAsync(page, Demo.CoalitionAdmin);
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Axe.CheckAsync(page, "home");

        await OpenAsync(page, "/People/Organizations/New");
        await Axe.CheckAsync(page, "new organization");
        var main = page.GetByRole(AriaRole.Main);
        await main.GetByLabel("Name", new() { Exact = true }).FillAsync(organization);
        await main.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Community-based organization" });
        await SaveAsync(page);
        await Expect(main).ToContainTextAsync(organization);
        await Axe.CheckAsync(page, "organization saved");

        await OpenAsync(page, "/People/Staff/New");
        await Axe.CheckAsync(page, "new staff member");
        await main.GetByLabel("Legal first name").FillAsync(firstName);
        await main.GetByLabel("Legal last name").FillAsync(lastName);
        await main.GetByLabel("Job family").SelectOptionAsync(new SelectOptionValue { Label = "Community health worker" });
        await main.GetByLabel("Organization").SelectOptionAsync(new SelectOptionValue { Label = organization });
        await SaveAsync(page);
        await Expect(main).ToContainTextAsync(lastName);
        await Axe.CheckAsync(page, "staff member saved");

        await OpenAsync(page, "/People");
        await Axe.CheckAsync(page, "directory");
        var englishHeading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        var search = main.GetByLabel(new Regex("^Search", RegexOptions.IgnoreCase)).First;
        await search.FillAsync(lastName);
        await search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(lastName));
        await Expect(main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(lastName) }).First).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "directory search");

        await Demo.SwitchLanguageAsync(page, "es");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync(englishHeading ?? "");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SpanishDirectoryHeading());
        await Expect(main.GetByLabel(new Regex("^Buscar", RegexOptions.IgnoreCase)).First).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(lastName) }).First).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "directory in Spanish");
    });

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok == true, $"GET {url} answered {response?.Status}.");
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { NameRegex = SaveButton() }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex("^(Save|Add|Create)", RegexOptions.IgnoreCase)]
    private static partial Regex SaveButton();

    [GeneratedRegex("Personal|Directorio|Equipo", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishDirectoryHeading();
}
