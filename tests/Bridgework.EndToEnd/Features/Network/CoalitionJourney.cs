using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Network;

/// <summary>The Network module's journey: the network admin adds a coalition and invites its first admin.</summary>
[Collection(AppCollection.Name)]
public sealed class CoalitionJourney(AppServer app)
{
    [Fact]
    public Task The_network_admin_adds_a_coalition_and_finds_it_in_the_network_list() => Journey.RunAsync(app, async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "Sierra Madre Care Partnership " + suffix;
        await Demo.SignInAsync(page, Demo.NetworkAdmin);
        await Axe.CheckAsync(page, "home");

        await page.GotoAsync("/Network");
        await Axe.CheckAsync(page, "network");
        await page.GotoAsync("/Network/Create");
        await Axe.CheckAsync(page, "add a coalition");
        var main = page.GetByRole(AriaRole.Main);
        await main.GetByLabel("Coalition name").FillAsync(name);
        await main.GetByLabel("Web address name").FillAsync("sierra-madre-" + suffix);
        await main.GetByLabel("Region").FillAsync("Eastern Sierra");
        await main.GetByLabel("Coalition admin’s e-mail").FillAsync($"lead.{suffix}@example.org");
        await main.GetByLabel("Coalition admin’s name").FillAsync("Inés Castañeda");
        var spanish = main.GetByLabel("Español");
        if (await spanish.CountAsync() > 0)
        {
            await spanish.First.CheckAsync();
        }

        await main.GetByRole(AriaRole.Button, new() { Name = "Add the coalition and send the invitation" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(name);
        await Axe.CheckAsync(page, "coalition added");

        await page.GotoAsync("/Network?q=" + suffix);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(name);
        await Axe.CheckAsync(page, "network search");
    });
}
