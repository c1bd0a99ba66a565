using System.Text.RegularExpressions;
using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Training;

/// <summary>
/// Growth in Training: the supervisor records a reflective 1:1 with an agreed action; the worker, on a phone
/// in Spanish, finds the action and rates the supervision they get.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class GrowthJourney(AppServer app)
{
    [Fact]
    public async Task A_supervisor_records_a_reflective_meeting_and_the_worker_sees_the_action_and_rates_their_supervision_on_a_phone_in_spanish()
    {
        var action = "Call the food bank about Saturday hours " + Guid.NewGuid().ToString("N")[..6];

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Supervisor);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Axe.CheckAsync(page, "supervisor home");

            await page.GotoAsync("/Training/Supervision");
            await Axe.CheckAsync(page, "supervision");
            var main = page.GetByRole(AriaRole.Main);
            await main.GetByRole(AriaRole.Link, new() { NameRegex = ReflectiveWithLupe() }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lupe Herrera");
            await Expect(main).ToContainTextAsync("Limits and boundaries");
            await Axe.CheckAsync(page, "reflective meeting form");

            await main.GetByLabel("Strengths").FillAsync("Stayed steady with a family in crisis.");
            await main.GetByLabel("Emotion", new() { Exact = true }).FillAsync("Tired after the crisis visit; talked about rest.");
            await main.GetByLabel("Action 1").FillAsync(action);
            await main.GetByLabel("Who does it").First.SelectOptionAsync(new SelectOptionValue { Label = "Worker" });
            await main.GetByLabel("Due", new() { Exact = true }).First.FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await main.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();

            await Expect(main).ToContainTextAsync("Tired after the crisis visit");
            await Expect(main).ToContainTextAsync(action);
            await Axe.CheckAsync(page, "meeting recorded");
        });

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Worker);
            await Axe.CheckAsync(page, "worker home");
            await Demo.SwitchLanguageAsync(page, "es");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Califique su supervisión");
            await Axe.CheckAsync(page, "worker home in Spanish");

            await page.GotoAsync("/Training/Supervision");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Supervisión");
            await Expect(main).ToContainTextAsync(action);
            await Axe.CheckAsync(page, "my supervision in Spanish");

            await main.GetByRole(AriaRole.Link, new() { Name = action }).ClickAsync();
            await Expect(main).ToContainTextAsync("Reflexión (RELATE)");
            await Axe.CheckAsync(page, "the meeting, read by the worker");

            await page.GotoAsync("/Training/Feedback/New");
            await Expect(main).ToContainTextAsync("Marcus Bell");
            await Axe.CheckAsync(page, "rate your supervision");
            foreach (var (field, score) in new[] { ("MakesTime", "4"), ("HardCases", "5"), ("LivedExperience", "5"), ("Wellbeing", "4") })
            {
                await main.Locator($"input[name='Input.{field}'][value='{score}']").CheckAsync();
            }

            await main.GetByLabel(new Regex("opcional", RegexOptions.IgnoreCase)).FillAsync("Gracias por escucharme siempre.");
            await main.GetByRole(AriaRole.Button, new() { Name = "Enviar mi respuesta" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Training/Supervision$"));
            await Expect(page.Locator("body")).ToContainTextAsync("Gracias. Su respuesta se guarda sin su nombre");
            await Axe.CheckAsync(page, "answer sent");
        }, width: 360);
    }

    [GeneratedRegex("^Reflective · Lupe Herrera")]
    private static partial Regex ReflectiveWithLupe();
}
