using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Training;

/// <summary>
/// A coalition admin on a phone finds Training's less-used sections through the section index, raises a
/// competency's target level, and reads overdue assignments by course in the reports.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TrainingSetupJourney(AppServer app)
{
    [Fact]
    public async Task An_admin_on_a_phone_reaches_the_framework_from_the_section_index_raises_a_target_and_reads_overdue_by_course()
    {
        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.CoalitionAdmin);
            await Axe.CheckAsync(page, "admin home on a phone");
            await page.GotoAsync("/Training/Me");
            await Axe.CheckAsync(page, "my training on a phone");
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Training sections" });
            await nav.GetByRole(AriaRole.Link, new() { Name = "More sections" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Training sections");
            await Axe.CheckAsync(page, "training sections");

            var main = page.GetByRole(AriaRole.Main);
            await main.GetByRole(AriaRole.Link, new() { Name = "Competency framework" }).ClickAsync();
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "More: Competency framework" })).ToHaveAttributeAsync("aria-current", "true");
            await Axe.CheckAsync(page, "competency framework");
            await main.GetByRole(AriaRole.Link, new() { Name = "Evaluation and research" }).ClickAsync();
            await Axe.CheckAsync(page, "edit competency");
            await main.GetByLabel("Advanced").CheckAsync();
            await main.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Expect(main).ToContainTextAsync("Changes to Evaluation and research were saved.");
            await Expect(main.GetByRole(AriaRole.Row, new() { Name = "Evaluation and research" })).ToContainTextAsync("Advanced");

            await page.GotoAsync("/Training/Reports");
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Assignments by course" })).ToBeVisibleAsync();
            await Expect(main.GetByRole(AriaRole.Table, new() { Name = "Assignments by course" })).ToContainTextAsync("Overdue");
            await Axe.CheckAsync(page, "training reports");
        }, width: 360);
    }
}
