using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features;

[Collection(AppCollection.Name)]
public sealed class LanguageJourney(AppServer app)
{
    [Fact]
    public Task The_language_switch_turns_the_page_into_Spanish_and_back() => Journey.RunAsync(app, async page =>
    {
        await page.GotoAsync("/");
        await Demo.SignInAsync(page, Demo.Supervisor);
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync("Hello, Marcus Bell");
        await Axe.CheckAsync(page);

        await Demo.SwitchLanguageAsync(page, "es");

        await Expect(heading).ToHaveTextAsync("Hola, Marcus Bell");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lo que necesita su atención ahora" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "Spanish");

        await Demo.SwitchLanguageAsync(page, "en");

        await Expect(heading).ToHaveTextAsync("Hello, Marcus Bell");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    });
}
