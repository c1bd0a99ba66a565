using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Users;

/// <summary>The Users module's journey: a coalition admin invites a supervisor and sees the invitation waiting.</summary>
[Collection(AppCollection.Name)]
public sealed class InvitationJourney(AppServer app)
{
    [Fact]
    public Task The_coalition_admin_invites_a_supervisor_in_Spanish_and_sees_the_invitation_pending() => Journey.RunAsync(app, async page =>
    {
        var email = $"nueva.supervisora.{Guid.NewGuid():N}@example.org";
        await Demo.SignInAsync(page, Demo.CoalitionAdmin);
        await Axe.CheckAsync(page, "home");

        await page.GotoAsync("/Users");
        await Axe.CheckAsync(page, "users");
        await page.GotoAsync("/Users/Invite");
        await Axe.CheckAsync(page, "invite");
        var main = page.GetByRole(AriaRole.Main);

        // Sending with nothing filled in explains every problem and keeps the page.
        await main.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(main.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the e-mail address to send the invitation to.");
        await Axe.CheckAsync(page, "invite with problems");

        await main.GetByLabel("E-mail").FillAsync(email);
        await main.GetByLabel("Name").FillAsync("Araceli Fuentes");
        await main.GetByLabel("Supervisor", new() { Exact = true }).CheckAsync();
        await main.GetByLabel("Español").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Axe.CheckAsync(page, "invitation sent");

        await page.GotoAsync("/Users?status=Invited");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
        await Axe.CheckAsync(page, "pending invitations");
    });
}
