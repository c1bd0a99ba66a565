using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Demo;

namespace Bridgework.Tests.Features.Hiring;

/// <summary>The demo network shows referrals and hiring reports with something in them.</summary>
public sealed class HiringDemoTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_demo_worker_has_referrals_in_process_and_the_admin_sees_a_funnel_hires_and_referrers()
    {
        var worker = await new TestUser(app, Guid.Empty, "worker@demo.test", DemoContext.Password).SignInAsync();
        var admin = await new TestUser(app, Guid.Empty, "coalition.admin@demo.test", DemoContext.Password).SignInAsync();

        var mine = await worker.TextAsync("/Hiring/Referrals/Mine");
        var home = await worker.TextAsync("/");
        var reports = await admin.TextAsync("/Hiring/Reports");

        Assert.Contains("In process", mine);
        Assert.Contains("Not moving forward", mine);
        Assert.DoesNotContain("Ana Villalobos", mine);
        Assert.Contains("Your referrals", home);
        Assert.Contains("Lupe Herrera", reports);
        Assert.Contains("Median days from opening a posting to a hire:", reports);
        Assert.DoesNotContain("Median days from opening a posting to a hire: —", reports);
    }
}
