using Bridgework.Tests.Support;

namespace Bridgework.Tests.Features.Training;

public sealed class SectionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_sub_navigation_keeps_seven_entries_and_the_section_index_lists_the_rest_by_what_each_role_may_open()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var admin = await s.Admin.SignInAsync();
        var worker = await s.Worker.SignInAsync();

        var plans = await admin.TextAsync("/Training/Plans");
        var nav = plans[plans.IndexOf("class=\"subnav", StringComparison.Ordinal)..plans.IndexOf("</nav>", plans.IndexOf("class=\"subnav", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Count(nav, "<li>"));
        Assert.Contains("aria-current=\"true\"", nav);
        Assert.Contains("More: Onboarding plans", GrowthSetup.Text(nav));

        var index = GrowthSetup.Text(await admin.TextAsync("/Training/Sections"));
        Assert.Contains("Coalition setup", index);
        Assert.Contains("Competency framework", index);
        Assert.Contains("Reports", index);

        var mine = GrowthSetup.Text(await worker.TextAsync("/Training/Sections"));
        Assert.DoesNotContain("More sections", GrowthSetup.Text(await worker.TextAsync("/Training/Me")));
        Assert.DoesNotContain("Coalition setup", mine);
        Assert.DoesNotContain("Reports", mine);
        Assert.Contains("My training", mine);
    }

    [Fact]
    public async Task Typing_training_into_the_address_bar_opens_my_training()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var worker = await s.Worker.SignInAsync();

        var response = await worker.GetAsync("/Training");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Training/Me", response.Headers.Location?.OriginalString);
    }
}
