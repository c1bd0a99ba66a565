using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Hiring;

/// <summary>
/// Selecting a candidate: the coalition admin gives a case study, schedules field shadowing and seats a panel
/// of a supervisor and a CHW; each panelist scores alone; the admin reads both scorecards.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SelectionJourney(AppServer app)
{
    private const string Candidate = "Rafael Domínguez";

    [Fact]
    public async Task The_admin_seats_a_panel_after_case_study_and_shadowing_and_reads_both_panelists_scores()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var caseStudy = $"A client who stops answering the phone {unique}";
        string candidateUrl = "";

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.CoalitionAdmin);
            await Axe.CheckAsync(page, "home");
            var main = page.GetByRole(AriaRole.Main);

            await OpenAsync(page, "/Hiring/Selection/CaseStudies/New");
            await Axe.CheckAsync(page, "new case study");
            await main.GetByLabel("Title").FillAsync(caseStudy);
            await main.GetByLabel("Scenario").FillAsync("Mr. T. stopped answering after his housing fell through.");
            await main.GetByLabel("What good answers show").FillAsync("Curiosity before judgment; several ways to reach him; asks the team for help.");
            await ClickAsync(page, "Add the case study");
            await Expect(main).ToContainTextAsync(caseStudy);
            await Axe.CheckAsync(page, "case studies");

            await OpenAsync(page, "/Hiring");
            await Axe.CheckAsync(page, "postings");
            await main.GetByRole(AriaRole.Link, new() { Name = "Community health worker", Exact = true }).First.ClickAsync();
            await Axe.CheckAsync(page, "posting");
            await main.GetByRole(AriaRole.Link, new() { NameRegex = CandidatesLink() }).ClickAsync();
            await Axe.CheckAsync(page, "candidates");
            await main.GetByRole(AriaRole.Link, new() { Name = Candidate }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Candidate);
            candidateUrl = new Uri(page.Url).PathAndQuery;
            await Axe.CheckAsync(page, "candidate");

            await MoveAsync(page, "Case study");
            await main.GetByRole(AriaRole.Link, new() { Name = "Give a case study" }).ClickAsync();
            await Axe.CheckAsync(page, "give a case study");
            await SelectContainingAsync(main.GetByLabel("Case study"), caseStudy);
            await ClickAsync(page, "Give this case study");
            await Expect(main).ToContainTextAsync(caseStudy);
            await Axe.CheckAsync(page, "case study given");

            await MoveAsync(page, "Field shadowing");
            await main.GetByRole(AriaRole.Link, new() { Name = "Schedule field shadowing" }).ClickAsync();
            await Axe.CheckAsync(page, "schedule shadowing");
            var team = main.GetByLabel("Team");
            await team.SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await SelectContainingAsync(main.GetByLabel("Host"), "Lupe Herrera");
            var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"))).AddDays(1);
            await main.GetByLabel("Date").FillAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await main.GetByLabel("Starts at").FillAsync("09:00");
            await main.GetByLabel("Ends at").FillAsync("12:00");
            await main.GetByLabel("Where to meet").FillAsync("Front desk of the Fresno Street clinic");
            await ClickAsync(page, "Schedule the shadowing");
            await Expect(main).ToContainTextAsync("With Lupe Herrera of");
            await Axe.CheckAsync(page, "shadowing scheduled");

            await MoveAsync(page, "Panel interview");
            await Expect(main).ToContainTextAsync("No panelist is a community health worker or peer.");
            await main.GetByRole(AriaRole.Link, new() { Name = "Manage the panel" }).ClickAsync();
            await Axe.CheckAsync(page, "panel");
            await SelectContainingAsync(main.GetByLabel("Add a panelist"), "Marcus Bell");
            await ClickAsync(page, "Add to the panel");
            await Axe.CheckAsync(page, "panel with a supervisor");
            await SelectContainingAsync(main.GetByLabel("Add a panelist"), "Lupe Herrera");
            await ClickAsync(page, "Add to the panel");
            await Expect(main).ToContainTextAsync("Lupe Herrera");
            await Expect(main).Not.ToContainTextAsync("No panelist is a community health worker or peer.");
            await Axe.CheckAsync(page, "panel with a worker");
        }, name: "SelectionJourney-admin");

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Supervisor);
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Scorecards waiting for you");
            await Axe.CheckAsync(page, "home");
            await ScoreAsync(page, "Score " + Candidate, "Submit my scorecard", "Marcus: gave concrete examples from the food bank.");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("The panel’s scores");
            await Axe.CheckAsync(page, "scorecard submitted");
        }, name: "SelectionJourney-supervisor");

        await Journey.RunAsync(app, async page =>
        {
            // The demo worker reads Spanish first.
            await Demo.SignInAsync(page, Demo.Worker);
            await Axe.CheckAsync(page, "home");
            await Demo.SwitchLanguageAsync(page, "es");
            await Axe.CheckAsync(page, "home in Spanish");
            await ScoreAsync(page, "Evaluar a " + Candidate, "Enviar mi hoja de evaluación", "Lupe: muy buena escucha con la familia.");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main).ToContainTextAsync("Las calificaciones del panel");
            await Expect(main).ToContainTextAsync("Marcus: gave concrete examples from the food bank.");
            await Axe.CheckAsync(page, "scorecard submitted, in Spanish");
        }, name: "SelectionJourney-worker");

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.CoalitionAdmin);
            await Axe.CheckAsync(page, "home");
            await OpenAsync(page, candidateUrl);
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main).ToContainTextAsync("Average score per quality (2 scorecards)");
            await Expect(main).ToContainTextAsync("Marcus: gave concrete examples from the food bank.");
            await Expect(main).ToContainTextAsync("Lupe: muy buena escucha con la familia.");
            await Axe.CheckAsync(page, "candidate with both scorecards");
        }, name: "SelectionJourney-admin-reads");
    }

    private static async Task ScoreAsync(IPage page, string link, string submit, string comments)
    {
        await OpenAsync(page, "/Hiring/Selection/Tasks");
        await Axe.CheckAsync(page, "my hiring tasks");
        var main = page.GetByRole(AriaRole.Main);
        await main.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await Axe.CheckAsync(page, "scorecard");
        var groups = main.Locator("fieldset");
        var count = await groups.CountAsync();
        for (var i = 0; i < count - 1; i++)
        {
            await groups.Nth(i).Locator("input[type=radio][value='3']").CheckAsync();
        }

        await groups.Nth(count - 1).Locator("input[type=radio][value='Yes']").CheckAsync();
        await main.Locator("textarea").FillAsync(comments);
        await ClickAsync(page, submit);
        await Expect(main).ToContainTextAsync(comments);
    }

    private static async Task MoveAsync(IPage page, string phase)
    {
        var main = page.GetByRole(AriaRole.Main);
        await main.GetByLabel("To phase").SelectOptionAsync(new SelectOptionValue { Label = phase });
        await ClickAsync(page, "Move");
        await Expect(main.Locator(".badge").First).ToHaveTextAsync(phase);
        await Axe.CheckAsync(page, "moved to " + phase);
    }

    private static async Task SelectContainingAsync(ILocator select, string text)
    {
        var value = await select.Locator("option", new() { HasText = text }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok == true, $"GET {url} answered {response?.Status}.");
    }

    private static async Task ClickAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex("^Candidates \\(")]
    private static partial Regex CandidatesLink();
}
