using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Hiring;

/// <summary>
/// A referral on a phone, in Spanish: the demo worker's link reaches a neighbor, who finds the job and applies
/// without a resume; then the worker sees the referral in process, and nothing about the person.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReferralJourney(AppServer app)
{
    [Fact]
    public Task A_neighbor_applies_through_the_workers_referral_link_and_the_worker_sees_it_in_process() => Journey.RunAsync(app, async page =>
    {
        var neighbor = "Xóchitl Ramírez " + Guid.NewGuid().ToString("N")[..4];
        await Demo.SignInAsync(page, Demo.Worker);
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Axe.CheckAsync(page, "home");

        await page.GotoAsync("/Hiring/Referrals/Mine");
        await Demo.SwitchLanguageAsync(page, "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Recomendar a alguien");
        await Axe.CheckAsync(page, "referral link, Spanish");
        var link = await page.GetByLabel("Enlace para compartir").InputValueAsync();
        Assert.Contains("?ref=", link, StringComparison.Ordinal);
        var rows = page.GetByRole(AriaRole.Main).Locator("tbody tr");
        var before = await rows.CountAsync();

        // The neighbor is someone else on another phone: no sign-in, and they choose Spanish themselves.
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(link);
        await Demo.SwitchLanguageAsync(page, "es");
        await Axe.CheckAsync(page, "job board from the referral link");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trabajador(a) comunitario(a) de salud" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trabajador(a) comunitario(a) de salud");
        await Axe.CheckAsync(page, "posting");
        await page.GetByRole(AriaRole.Link, new() { Name = "Solicitar este empleo" }).First.ClickAsync();
        await Axe.CheckAsync(page, "application form");
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByLabel("Código de recomendación (opcional)")).Not.ToBeEmptyAsync();
        await main.GetByLabel("Su nombre").FillAsync(neighbor);
        await main.GetByLabel("Teléfono").FillAsync("(559) 555-0177");
        await main.GetByLabel("¿Cuándo puede trabajar?").FillAsync("Entre semana, por las mañanas");
        await main.GetByRole(AriaRole.Button, new() { Name = "Enviar mi solicitud" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gracias. Recibimos su solicitud.");
        await Axe.CheckAsync(page, "application sent");

        await page.Context.ClearCookiesAsync();
        await Demo.SignInAsync(page, Demo.Worker);
        await page.GotoAsync("/Hiring/Referrals/Mine");
        await Demo.SwitchLanguageAsync(page, "es");
        await Expect(rows).ToHaveCountAsync(before + 1);
        await Expect(rows.First).ToContainTextAsync("En proceso");
        await Expect(main).Not.ToContainTextAsync(neighbor);
        await Axe.CheckAsync(page, "referrals after the application");
    }, width: 360);
}
