using System.Text.RegularExpressions;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Demo;

namespace Bridgework.Tests.Features.Hiring.Selection;

/// <summary>The demo shows selecting under way: a worker with shadowing feedback to give, a supervisor with a scorecard to fill.</summary>
public sealed partial class SelectionDemoTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_demo_worker_has_shadowing_feedback_to_give_and_the_supervisor_one_scorecard_waiting()
    {
        var worker = await new TestUser(app, Guid.Empty, "worker@demo.test", DemoContext.Password).SignInAsync();
        var supervisor = await new TestUser(app, Guid.Empty, "supervisor@demo.test", DemoContext.Password).SignInAsync();
        var admin = await new TestUser(app, Guid.Empty, "coalition.admin@demo.test", DemoContext.Password).SignInAsync();

        var workerTasks = await worker.TextAsync("/Hiring/Selection/Tasks");
        var supervisorHome = await supervisor.TextAsync("/");
        var supervisorTasks = await supervisor.TextAsync("/Hiring/Selection/Tasks");
        var library = await admin.TextAsync("/Hiring/Selection/CaseStudies");

        Assert.Contains("Shadowing feedback to give", await worker.TextAsync("/"));
        Assert.Contains("Give feedback on", workerTasks);
        Assert.Contains("Scorecards waiting for you", supervisorHome);
        Assert.Single(ScoreLink().Matches(supervisorTasks));
        Assert.Contains("Scorecards you submitted", supervisorTasks);
        Assert.Contains("A client misses three appointments", library);
        Assert.DoesNotContain("Paper referral forms", library);
    }

    [GeneratedRegex(">Score [^<]+</a>")]
    private static partial Regex ScoreLink();
}
