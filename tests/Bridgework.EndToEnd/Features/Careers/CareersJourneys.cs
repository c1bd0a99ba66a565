using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Careers;

/// <summary>The Careers journeys: a ladder checked against the living wage and published, a worker's path on a phone, a promotion.</summary>
[Collection(AppCollection.Name)]
public sealed partial class CareersJourneys(AppServer app)
{
    /// <summary>
    /// Every demo family already has a ladder, and the CHW family a draft: the admin does what a real one
    /// starting over would do, discards that draft, starts an empty one and builds its three levels.
    /// </summary>
    [Fact]
    public Task A_coalition_admin_builds_a_three_level_chw_ladder_against_the_living_wage_publishes_it_and_places_a_worker() => Journey.RunAsync(app, async page =>
    {
        var main = page.GetByRole(AriaRole.Main);
        await Demo.SignInAsync(page, "coalition3.admin@demo.test");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Axe.CheckAsync(page, "home");

        await OpenAsync(page, "/Careers/Benchmarks/New");
        await Axe.CheckAsync(page, "new benchmark");
        await main.GetByLabel("Living wage for a county and household").CheckAsync();
        await main.GetByLabel("Source").FillAsync("Bay Area living wage study");
        await main.GetByLabel("Year").FillAsync("2025");
        await main.GetByLabel("County", new() { Exact = true }).FillAsync("Contra Costa");
        await main.GetByLabel("Household type").FillAsync("1 adult 0 children");
        await main.GetByLabel("Living wage an hour").FillAsync("31.20");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save the benchmark" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Bay Area living wage study");
        await Axe.CheckAsync(page, "benchmarks");

        await OpenAsync(page, "/Careers/Settings");
        await Axe.CheckAsync(page, "pay settings");
        await main.GetByLabel("County for the living wage").FillAsync("Contra Costa");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(main.GetByLabel("County for the living wage")).ToHaveValueAsync("Contra Costa");

        await OpenAsync(page, "/Careers");
        await Axe.CheckAsync(page, "ladders");
        await main.Locator("#family-CommunityHealthWorker + ul li").Filter(new() { HasText = "Draft" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Axe.CheckAsync(page, "the old draft");
        await main.GetByRole(AriaRole.Link, new() { Name = "Discard this draft" }).ClickAsync();
        await Axe.CheckAsync(page, "discard the draft");
        await main.GetByRole(AriaRole.Button, new() { Name = "Discard the draft" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("was discarded");
        await Axe.CheckAsync(page, "ladders without the draft");

        await main.GetByRole(AriaRole.Link, new() { Name = "Start a ladder draft" }).ClickAsync();
        await Axe.CheckAsync(page, "start a draft");
        await main.GetByLabel("Job family").SelectOptionAsync("CommunityHealthWorker");
        await main.GetByLabel("Name", new() { Exact = true }).FillAsync("Community health worker ladder 2027");
        await main.GetByLabel("An empty ladder, to build level by level").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Start the draft" }).ClickAsync();
        await Expect(main).ToContainTextAsync("This ladder has no levels yet.");
        await Axe.CheckAsync(page, "empty draft");

        await AddLevelAsync(page, "Community Health Worker I", 0, "24.00", "27.00", "30.00", ("Outreach", "Developing"));
        await Axe.CheckAsync(page, "draft with one level");
        await AddLevelAsync(page, "Community Health Worker II", 24, "27.50", "31.00", "34.50", ("Service coordination and navigation", "Proficient"), ("Communication", "Proficient"));
        await AddLevelAsync(page, "Senior Community Health Worker", 48, "31.50", "35.00", "38.50",
            ("Service coordination and navigation", "Advanced"), ("Education and facilitation", "Proficient"), ("Capacity building", "Proficient"));

        await Expect(main.Locator("article.level-card")).ToHaveCountAsync(3);
        await Expect(main.Locator("article.level-card").Nth(2)).ToContainTextAsync("Service coordination and navigation: advanced");
        await Expect(main.Locator("article.level-card .flag-below")).ToHaveCountAsync(2);
        await Expect(main).ToContainTextAsync("The minimum is below the living wage of Contra Costa County ($31.20 an hour, 1 adult 0 children).");
        await Expect(main.Locator("canvas[data-chart]")).ToHaveCountAsync(1);
        await Axe.CheckAsync(page, "draft against benchmarks");

        await main.GetByRole(AriaRole.Link, new() { Name = "Simulate the budget" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Who would move");
        await Axe.CheckAsync(page, "budget simulation");
        await page.GoBackAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "Compare with published" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Senior Community Health Worker");
        await Axe.CheckAsync(page, "compare with published");
        await page.GoBackAsync();

        var effective = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await main.GetByLabel("Effective date").FillAsync(effective);
        await main.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("is published");
        await Axe.CheckAsync(page, "published");

        await OpenAsync(page, "/Careers/Placements?family=CommunityHealthWorker");
        await Axe.CheckAsync(page, "placements");
        await main.Locator("td.cell-title a").First.ClickAsync();
        await Axe.CheckAsync(page, "worker placement");
        var level = main.GetByLabel("Level", new() { Exact = true });
        var option = await level.Locator("optgroup[label='Community health worker'] option").Filter(new() { HasText = "Community Health Worker II" }).GetAttributeAsync("value");
        await level.SelectOptionAsync(option!);
        await main.GetByLabel("Step", new() { Exact = true }).FillAsync("1");
        await main.GetByRole(AriaRole.Button, new() { Name = "Record the placement" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("is placed as Community Health Worker II");
        await Axe.CheckAsync(page, "placed");
    });

    /// <summary>Adds a level from the draft page with its pay range and competency rows, no script needed for more rows.</summary>
    private static async Task AddLevelAsync(IPage page, string title, int months, string min, string mid, string max, params (string Competency, string Level)[] competencies)
    {
        var main = page.GetByRole(AriaRole.Main);
        await main.GetByRole(AriaRole.Link, new() { Name = "Add a level" }).ClickAsync();
        if (Journey.Current?.HasChecked(page.Url) != true)
        {
            await Axe.CheckAsync(page, "new level");
        }

        await main.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await main.GetByLabel("Months of experience").FillAsync(months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await main.GetByLabel("Minimum hourly").FillAsync(min);
        await main.GetByLabel("Midpoint hourly").FillAsync(mid);
        await main.GetByLabel("Maximum hourly").FillAsync(max);
        await main.GetByLabel("Number of steps").FillAsync("5");
        await main.GetByLabel("Increase per step (percent)").FillAsync("3");
        for (var i = 0; i < competencies.Length; i++)
        {
            if (await main.GetByLabel($"Competency {i + 1}", new() { Exact = true }).CountAsync() == 0)
            {
                await main.GetByRole(AriaRole.Button, new() { Name = "Add another competency" }).ClickAsync();
                await Expect(main.GetByLabel($"Competency {i + 1}", new() { Exact = true })).ToBeVisibleAsync();
                await Axe.CheckAsync(page, "new level with another competency row");
            }

            await main.GetByLabel($"Competency {i + 1}", new() { Exact = true }).SelectOptionAsync(competencies[i].Competency);
            await main.GetByLabel("Level to reach").Nth(i).SelectOptionAsync(new SelectOptionValue { Label = competencies[i].Level });
        }

        await main.GetByRole(AriaRole.Button, new() { Name = "Add the level" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync($"{title} was added to the draft.");
    }

    [Fact]
    public Task The_demo_worker_reads_their_path_on_a_phone_in_Spanish() => Journey.RunAsync(app, async page =>
    {
        await Demo.SignInAsync(page, Demo.Worker);
        await Axe.CheckAsync(page, "home");
        await OpenAsync(page, "/Careers/MyPath");
        await Axe.CheckAsync(page, "my path");
        await Demo.SwitchLanguageAsync(page, "es");
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mi camino");
        await Expect(main).ToContainTextAsync("Dónde está usted");
        await Expect(main).ToContainTextAsync("Usted está aquí");
        await Expect(main.Locator(".check-missing")).ToHaveCountAsync(1);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"My path is {width} px wide on a 360 px phone.");
        await Axe.CheckAsync(page, "my path in Spanish");

        await main.GetByRole(AriaRole.Link, new() { Name = "Responder unas preguntas opcionales" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Prefiero no decir");
        await Axe.CheckAsync(page, "self-identification in Spanish");
    }, width: 360);

    [Fact]
    public Task A_supervisor_starts_a_promotion_review_that_the_coalition_admin_approves() => Journey.RunAsync(app, async page =>
    {
        var main = page.GetByRole(AriaRole.Main);
        await Demo.SignInAsync(page, Demo.Supervisor);
        await Axe.CheckAsync(page, "supervisor home");
        await OpenAsync(page, "/Careers/Promotions/Team");
        await Axe.CheckAsync(page, "team checklists");
        await main.GetByRole(AriaRole.Link, new() { Name = "Lupe Herrera" }).ClickAsync();
        await Expect(main).ToContainTextAsync("requirements missing");
        await Axe.CheckAsync(page, "checklist");
        await main.GetByLabel("Justification").FillAsync("Leads the Spanish diabetes group, mentors new promotoras and is finishing the trauma-informed care course.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Send to the coalition admin" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Waiting for a decision");
        await Axe.CheckAsync(page, "review sent");

        await page.Context.ClearCookiesAsync();
        await Demo.SignInAsync(page, Demo.CoalitionAdmin);
        await Axe.CheckAsync(page, "admin home");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = WaitingCard() }).First.ClickAsync();
        await Axe.CheckAsync(page, "waiting reviews");
        await main.GetByRole(AriaRole.Link, new() { Name = "Lupe Herrera" }).ClickAsync();
        await Axe.CheckAsync(page, "review to decide");
        await main.GetByRole(AriaRole.Button, new() { Name = "Approve the promotion" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Approved");
        await Axe.CheckAsync(page, "approved");
    });

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok == true, $"GET {url} answered {response?.Status}.");
    }

    [GeneratedRegex("Promotion reviews waiting")]
    private static partial Regex WaitingCard();
}
