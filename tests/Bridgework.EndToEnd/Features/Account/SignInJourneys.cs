using Bridgework.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bridgework.EndToEnd.Features.Account;

[Collection(AppCollection.Name)]
public sealed class SignInJourneys(AppServer app)
{
    [Fact]
    public Task The_coalition_admin_signs_in_and_lands_on_the_home_page() => Journey.RunAsync(app, async page =>
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(Demo.SignInUrl());

        await Demo.SignInAsync(page, Demo.CoalitionAdmin);

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Rosa Delgado");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What needs you now" })).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "signed in");
    });

    [Fact]
    public Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused() => Journey.RunAsync(app, async page =>
    {
        await page.GotoAsync("/Account/SignIn");
        for (var i = 1; i <= 4; i++)
        {
            await Demo.SignInAsync(page, Demo.Clinician, "not the password " + i);
            await Expect(page.GetByText("That e-mail and password don’t match an account.")).ToBeVisibleAsync();
            if (i == 1)
            {
                await Axe.CheckAsync(page, "wrong password");
            }
        }

        // The fifth failure is the one that locks the account.
        await Demo.SignInAsync(page, Demo.Clinician, "not the password 5");
        await Expect(page.GetByText("This account is locked after too many failed sign-ins.")).ToBeVisibleAsync();

        await Demo.SignInAsync(page, Demo.Clinician);

        await Expect(page).ToHaveURLAsync(Demo.SignInUrl());
        await Expect(page.GetByText("This account is locked after too many failed sign-ins.")).ToBeVisibleAsync();
        await Axe.CheckAsync(page, "locked");
    });

    [Theory]
    [InlineData("en", 1280)]
    [InlineData("es", 1280)]
    [InlineData("en", 360)]
    [InlineData("es", 360)]
    public Task The_sign_in_page_is_accessible_in_both_languages_on_a_phone_and_a_desktop(string language, int width) => Journey.RunAsync(app, async page =>
    {
        await page.GotoAsync("/Account/SignIn");
        if (language == "es")
        {
            await Demo.SwitchLanguageAsync(page, "es");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Iniciar sesión");
            await Expect(page.GetByLabel("Correo electrónico")).ToBeVisibleAsync();
        }

        await Axe.CheckAsync(page, $"{language}, {width} px");

        // Phone first: nothing may push the page wider than the screen.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The sign-in page is {overflow} px wider than a {width} px screen.");
    }, width);
}
