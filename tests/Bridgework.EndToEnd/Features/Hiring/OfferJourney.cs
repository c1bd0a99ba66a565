using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Hiring;

/// <summary>The offer journey: a coalition admin makes a conditional offer, hires the candidate, and finds the new worker in People.</summary>
[Collection(AppCollection.Name)]
public sealed partial class OfferJourney(AppServer app)
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("BRIDGEWORK_E2E_SHOTS");

    [Fact]
    public Task The_coalition_admin_makes_an_offer_hires_the_candidate_and_finds_the_new_worker_in_the_directory() => Journey.RunAsync(app, async page =>
    {
        var main = page.GetByRole(AriaRole.Main);
        await Demo.SignInAsync(page, Demo.CoalitionAdmin);
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Axe.CheckAsync(page, "home");

        await page.GotoAsync("/Hiring");
        await Axe.CheckAsync(page, "postings");
        await main.GetByRole(AriaRole.Link, new() { Name = "Community health worker", Exact = true }).ClickAsync();
        await Axe.CheckAsync(page, "posting");
        await main.GetByRole(AriaRole.Link, new() { NameRegex = CandidatesLink() }).ClickAsync();
        await Axe.CheckAsync(page, "pipeline");
        await main.GetByRole(AriaRole.Link, new() { Name = "Keisha Monroe" }).ClickAsync();
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Offer and fair-chance steps" })).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "candidate without an offer");

        await main.GetByRole(AriaRole.Link, new() { Name = "Make a conditional offer" }).ClickAsync();
        await Axe.CheckAsync(page, "offer form");
        await main.GetByLabel("Hourly pay").FillAsync("25.75");
        await main.GetByRole(AriaRole.Button, new() { Name = "Make the offer" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Conditional offer made");
        await Axe.CheckAsync(page, "candidate with an offer");
        await ShootAsync(page, "candidate-offer-1280");

        await main.GetByRole(AriaRole.Link, new() { Name = "Record that they accepted" }).ClickAsync();
        await Axe.CheckAsync(page, "acceptance form");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Offer accepted");
        await Axe.CheckAsync(page, "offer accepted");

        await main.GetByRole(AriaRole.Link, new() { Name = "Record the background check" }).ClickAsync();
        await Axe.CheckAsync(page, "check form");
        await main.GetByLabel("Clear", new() { Exact = true }).CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Background check: clear");
        await Axe.CheckAsync(page, "check recorded");

        await main.GetByRole(AriaRole.Link, new() { Name = "Hire", Exact = true }).ClickAsync();
        await Axe.CheckAsync(page, "hire form");
        await ShootAsync(page, "hire-1280");
        await main.GetByRole(AriaRole.Button, new() { Name = "Hire", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(StaffProfile());
        await Expect(main).ToContainTextAsync("Monroe");
        await Axe.CheckAsync(page, "new worker's profile");

        await page.GotoAsync("/People?q=Monroe");
        await Expect(main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Keisha Monroe") }).First).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "directory");
    });

    [Fact]
    public Task On_a_phone_the_admin_follows_a_fair_chance_case_and_cannot_withdraw_inside_its_response_window() => Journey.RunAsync(app, async page =>
    {
        var main = page.GetByRole(AriaRole.Main);
        await Demo.SignInAsync(page, Demo.CoalitionAdmin);
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(main).ToContainTextAsync("Fair-chance response windows ending");
        await Axe.CheckAsync(page, "home");

        await main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Fair-chance response windows ending") }).ClickAsync();
        await Axe.CheckAsync(page, "offers in a response window");
        await main.GetByRole(AriaRole.Link, new() { Name = "Andre Baptiste" }).ClickAsync();
        await Expect(main).ToContainTextAsync("business days left");
        await Axe.CheckAsync(page, "fair-chance case");
        var caseUrl = page.Url;
        await ShootAsync(page, "candidate-fair-chance-360");

        await main.GetByRole(AriaRole.Link, new() { Name = "Write the final decision" }).ClickAsync();
        await Axe.CheckAsync(page, "decision form");
        await main.GetByLabel("Withdraw the offer").CheckAsync();
        await main.GetByLabel(new Regex("^Reasons")).FillAsync("The conviction relates to the duties.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(main).ToContainTextAsync("The offer can’t be withdrawn yet");
        await Expect(main.GetByLabel(new Regex("^Reasons"))).ToHaveValueAsync("The conviction relates to the duties.");
        await Axe.CheckAsync(page, "withdrawal refused");
        await ShootAsync(page, "decision-refused-360");

        await page.GotoAsync("/Hiring/Offers/Settings");
        await Axe.CheckAsync(page, "hiring settings");
        await ShootAsync(page, "settings-360");

        await page.GotoAsync(caseUrl);
        await Demo.SwitchLanguageAsync(page, "es");
        await Expect(main).ToContainTextAsync("Oferta y pasos de oportunidad justa");
        await Expect(main).ToContainTextAsync("días hábiles");
        await Axe.CheckAsync(page, "fair-chance case in Spanish");
        await ShootAsync(page, "candidate-fair-chance-es-360");
    }, width: 360);

    private static async Task ShootAsync(IPage page, string name)
    {
        if (ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    [GeneratedRegex(@"^Candidates \(\d+\)$")]
    private static partial Regex CandidatesLink();

    [GeneratedRegex(@"/People/Staff/[0-9a-f-]{36}$")]
    private static partial Regex StaffProfile();
}
