using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Audit;

/// <summary>
/// The Audit trail's journey, on a phone in Spanish: a worker records their lived experience, and the
/// coalition admin finds the change in the trail without its value.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuditJourney(AppServer app)
{
    [Fact]
    public async Task A_worker_records_lived_experience_on_a_phone_and_the_admin_sees_it_audited_without_the_value()
    {
        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.Worker);
            await Axe.CheckAsync(page, "worker home");
            await Demo.SwitchLanguageAsync(page, "es");
            await Axe.CheckAsync(page, "worker home in Spanish");

            await page.GotoAsync("/People/Me/LivedExperience");
            await Axe.CheckAsync(page, "lived experience");
            var main = page.GetByRole(AriaRole.Main);
            await main.GetByRole(AriaRole.Checkbox).Nth(2).CheckAsync();
            await main.GetByRole(AriaRole.Button, new() { Name = "Guardar mis respuestas" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await Axe.CheckAsync(page, "lived experience saved");
        }, width: 360);

        await Journey.RunAsync(app, async page =>
        {
            await Demo.SignInAsync(page, Demo.CoalitionAdmin);
            await Axe.CheckAsync(page, "home");
            await page.GotoAsync("/Audit?Filter.Entity=LivedExperience");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main).ToContainTextAsync("changed (value hidden)");
            await Expect(main).ToContainTextAsync(Demo.Worker);
            await Axe.CheckAsync(page, "audit trail");
        });
    }
}
