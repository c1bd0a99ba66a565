using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class FeedbackTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<HttpResponseMessage> RateAsync(HttpClient client, Guid supervisor, int score, string? comment = null) =>
        client.PostFormAsync("/Training/Feedback/New", new()
        {
            ["Input.SupervisorId"] = supervisor.ToString(),
            ["Input.MakesTime"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.HardCases"] = "4",
            ["Input.LivedExperience"] = "5",
            ["Input.Wellbeing"] = "3",
            ["Input.Comment"] = comment ?? "",
        });

    [Fact]
    public async Task Four_answers_stay_hidden_and_the_fifth_shows_averages_and_comments_without_saying_who_answered()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var admin = await s.Admin.SignInAsync();
        var supervisor = await s.Supervisor.SignInAsync();
        var workers = new List<HttpClient>();
        foreach (var name in new[] { "Ana", "Beto", "Carmen", "Diego", "Elena" })
        {
            workers.Add(await (await s.AddWorkerAsync(name)).User.SignInAsync());
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await RateAsync(workers[i], s.SupervisorStaff, i + 1, $"Comment number {i + 1}")).StatusCode);
        }

        var adminView = await admin.TextAsync("/Training/Feedback");
        var ownView = await supervisor.TextAsync("/Training/Feedback");
        var opened = await admin.TextAsync($"/Training/Feedback?supervisor={s.SupervisorStaff}");
        foreach (var page in new[] { adminView, ownView, opened })
        {
            Assert.Contains("Not enough responses to show (fewer than 5).", page);
            Assert.DoesNotContain("Comment number", page);
        }

        await RateAsync(workers[4], s.SupervisorStaff, 5, "Comment number 5");

        adminView = await admin.TextAsync("/Training/Feedback");
        ownView = GrowthSetup.Text(await supervisor.TextAsync("/Training/Feedback"));
        opened = GrowthSetup.Text(await admin.TextAsync($"/Training/Feedback?supervisor={s.SupervisorStaff}"));
        Assert.Contains("Marcus Bell", adminView);
        foreach (var page in new[] { ownView, opened })
        {
            Assert.Contains("5 answers", page);
            Assert.Contains("My supervisor makes time for me. 3.0", page);
            Assert.Contains("My supervisor respects my lived experience. 5.0", page);
            for (var i = 1; i <= 5; i++)
            {
                Assert.Contains($"Comment number {i}", page);
            }

            foreach (var name in new[] { "Ana", "Beto", "Carmen", "Diego", "Elena" })
            {
                Assert.DoesNotContain(name, page);
            }
        }

        // Dana had no answers: still nothing to show for her.
        Assert.Contains("Dana Cole Not enough responses to show (fewer than 5).", GrowthSetup.Text(adminView));
        var stored = await s.Coalition.DbAsync(db => db.Set<SupervisionFeedback>().CountAsync());
        Assert.Equal(5, stored);
    }

    [Fact]
    public async Task The_audit_trail_records_that_a_worker_answered_but_no_line_leads_to_what_they_said()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var worker = await s.Worker.SignInAsync();

        await RateAsync(worker, s.SupervisorStaff, 2, "Needs more time for us");

        var answer = await s.Coalition.DbAsync(db => db.Set<SupervisionFeedback>().Select(f => f.Id).SingleAsync());
        var lines = await s.Coalition.DbAsync(db => db.Set<Bridgework.Web.Platform.Audit.AuditEntry>()
            .Where(a => a.Entity == nameof(SupervisionFeedback) || a.EntityId == answer || a.Changes.Contains("Needs more time"))
            .CountAsync());
        Assert.Equal(0, lines);
        Assert.Equal(4, answer.Version);
    }

    [Fact]
    public async Task A_worker_rates_a_supervisor_once_a_quarter_and_the_home_card_goes_away_until_the_next()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var worker = await s.Worker.SignInAsync();
        Assert.Contains("Rate your supervision", await worker.TextAsync("/"));
        Assert.Contains("Marcus Bell", await worker.TextAsync("/Training/Feedback/New"));

        Assert.Equal(HttpStatusCode.Redirect, (await RateAsync(worker, s.SupervisorStaff, 4)).StatusCode);
        var again = await RateAsync(worker, s.SupervisorStaff, 1);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You already rated", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await s.Coalition.DbAsync(db => db.Set<SupervisionFeedback>().CountAsync()));
        Assert.DoesNotContain("Rate your supervision", await worker.TextAsync("/"));
    }

    [Fact]
    public async Task A_worker_cannot_see_feedback_results_and_another_coalition_cannot_open_a_supervisors_results()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var worker = await s.Worker.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        People.DirectoryTests.AssertForbidden(await worker.GetAsync("/Training/Feedback"));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Feedback?supervisor={s.SupervisorStaff}")).StatusCode);
    }

    [Fact]
    public void Quarters_run_january_april_july_october()
    {
        Assert.Equal(new Quarter(2026, 1), Quarter.Of(new DateOnly(2026, 3, 31)));
        Assert.Equal(new Quarter(2026, 2), Quarter.Of(new DateOnly(2026, 4, 1)));
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);
        Assert.Equal(new DateOnly(2026, 12, 31), new Quarter(2026, 4).End);
    }
}
