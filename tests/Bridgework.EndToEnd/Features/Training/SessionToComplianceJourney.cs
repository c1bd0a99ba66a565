using System.Globalization;
using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Training;

/// <summary>
/// The Training module's journey: a supervisor schedules a session of a course that counts toward CHW
/// continuing education, the demo worker (at risk, short of hours) signs up from a phone, the supervisor
/// takes attendance, and the worker's My training shows the hours counted and the requirement compliant.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SessionToComplianceJourney(AppServer app)
{
    private const string Course = "Vicarious Trauma and Resilience";

    [Fact]
    public async Task A_session_attended_moves_an_at_risk_worker_to_compliant_on_her_phone()
    {
        var sessionUrl = "";
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Supervisor);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Axe.CheckAsync(page, "supervisor home");

            await OpenAsync(page, "/Training/Sessions/New");
            await Axe.CheckAsync(page, "new session");
            var main = page.GetByRole(AriaRole.Main);
            await main.GetByLabel("Course").SelectOptionAsync(new SelectOptionValue { Label = Course });
            await main.GetByLabel("Date").FillAsync(today);
            await main.GetByLabel("Starts at").FillAsync("09:00");
            await main.GetByLabel("Ends at").FillAsync("12:00");
            await main.GetByLabel("Place").FillAsync("Fresno Wellness and Recovery Center, Room B");
            await main.GetByLabel("Capacity").FillAsync("12");
            await main.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Schedule", RegexOptions.IgnoreCase) }).ClickAsync();
            await Expect(page).ToHaveURLAsync(SessionPage());
            await Axe.CheckAsync(page, "session scheduled");
            sessionUrl = new Uri(page.Url).AbsolutePath;
        });

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Worker);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Axe.CheckAsync(page, "worker home on a phone");

            await OpenAsync(page, "/Training/Me");
            await Axe.CheckAsync(page, "my training, at risk");
            await Expect(ChwStanding(page)).ToContainTextAsync("At risk");

            await OpenAsync(page, sessionUrl);
            await Axe.CheckAsync(page, "session on a phone");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign up", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You are signed up.");
            await Axe.CheckAsync(page, "signed up on a phone");
        }, width: 360);

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Supervisor);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Axe.CheckAsync(page, "supervisor home again");

            await OpenAsync(page, sessionUrl.Replace("/Training/Sessions/", "/Training/Sessions/Attendance/", StringComparison.Ordinal));
            await Axe.CheckAsync(page, "attendance");
            await page.GetByRole(AriaRole.Main).GetByLabel("Lupe Herrera").CheckAsync();
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Attendance saved");
            await Axe.CheckAsync(page, "attendance saved");
        });

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Worker);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Axe.CheckAsync(page, "worker home after the session");

            await OpenAsync(page, "/Training/Me");
            await Axe.CheckAsync(page, "my training, compliant");
            var standing = ChwStanding(page);
            await Expect(standing).ToContainTextAsync("Compliant");
            await Expect(standing).ToContainTextAsync(HoursDone());
            var done = page.GetByRole(AriaRole.Main).Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Done", Exact = true }) }).Last;
            await Expect(done).ToContainTextAsync(Course);
        }, width: 360);
    }

    private static ILocator ChwStanding(IPage page) =>
        page.GetByRole(AriaRole.Main).Locator("ul.standing-list > li", new() { HasText = "CHW continuing education" });

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok == true, $"GET {url} answered {response?.Status}.");
    }

    [GeneratedRegex(@"/Training/Sessions/[0-9a-f-]{36}$")]
    private static partial Regex SessionPage();

    [GeneratedRegex(@"\d+(\.\d+)? of 6 hours done")]
    private static partial Regex HoursDone();
}
