using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Growth;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class GrowthTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Positions in the C3 list: 0 communication, 9 evaluation and research.
    private const int Communication = 0;
    private const int Evaluation = 9;

    private static Task<Guid> AddCourseAsync(GrowthSetup s, string title, Guid competency, DateOnly? session = null) =>
        s.Coalition.DbAsync(async db =>
        {
            var course = new Course { Title = title, Hours = 4m, Languages = "en,es" };
            course.Competencies.Add(new CourseCompetency { CourseId = course.Id, CompetencyId = competency });
            db.Add(course);
            if (session is { } on)
            {
                db.Add(new TrainingSession { CourseId = course.Id, Date = on, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(13, 0), Capacity = 10 });
            }

            await db.SaveChangesAsync();
            return course.Id;
        });

    /// <summary>Every competency at <paramref name="level"/>, except those given.</summary>
    private static Dictionary<string, string> Levels(GrowthSetup s, Proficiency level, params (int Index, Proficiency Level)[] except)
    {
        var fields = s.Framework.ToDictionary(id => $"Levels[{id}]", _ => level.ToString());
        foreach (var (index, l) in except)
        {
            fields[$"Levels[{s.Framework[index]}]"] = l.ToString();
        }

        return fields;
    }

    [Fact]
    public async Task The_gap_view_shows_both_ratings_and_recommends_a_course_that_builds_the_short_competency_upcoming_first()
    {
        var s = await GrowthSetup.CreateAsync(app);
        await AddCourseAsync(s, "Grant Writing for Programs", s.Framework[Evaluation], new DateOnly(2026, 3, 10));
        await AddCourseAsync(s, "Motivational Interviewing Foundations", s.Framework[Communication], new DateOnly(2026, 3, 20));
        await AddCourseAsync(s, "Plain Language Writing", s.Framework[Communication]);
        var supervisor = await s.Supervisor.SignInAsync();
        var worker = await s.Worker.SignInAsync();

        var rated = await supervisor.PostFormAsync($"/Training/Growth/Rate/{s.WorkerStaff}",
            Levels(s, Proficiency.Advanced, (Communication, Proficiency.Developing)));
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var own = await worker.PostFormAsync("/Training/Growth", Levels(s, Proficiency.Proficient));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);

        var gap = GrowthSetup.Text(await worker.TextAsync("/Training/Growth/Gap"));

        Assert.Contains("Communication Proficient Developing Proficient Short", gap);
        Assert.Contains("Advocacy Proficient Advanced Proficient On target", gap);
        Assert.Contains("Motivational Interviewing Foundations", gap);
        Assert.Contains("Plain Language Writing", gap);
        Assert.DoesNotContain("Grant Writing for Programs", gap);
        Assert.True(gap.IndexOf("Motivational Interviewing", StringComparison.Ordinal) < gap.IndexOf("Plain Language Writing", StringComparison.Ordinal));
        Assert.Contains("Next session", gap);
        var admin = await s.Admin.SignInAsync();
        Assert.Contains("Lupe Herrera", await admin.TextAsync($"/Training/Growth/Gap/{s.WorkerStaff}"));
        Assert.Contains("Motivational Interviewing Foundations", await supervisor.TextAsync($"/Training/Growth/Gap/{s.WorkerStaff}"));
    }

    [Fact]
    public async Task A_new_rating_adds_to_the_history_and_the_latest_counts()
    {
        var s = await GrowthSetup.CreateAsync(app);
        await AddCourseAsync(s, "Motivational Interviewing Foundations", s.Framework[Communication]);
        var supervisor = await s.Supervisor.SignInAsync();
        var url = $"/Training/Growth/Rate/{s.WorkerStaff}";

        await supervisor.PostFormAsync(url, Levels(s, Proficiency.Proficient, (Communication, Proficiency.Developing)));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await supervisor.PostFormAsync(url, Levels(s, Proficiency.Proficient, (Communication, Proficiency.Advanced)));

        var rows = await s.Coalition.DbAsync(db => db.Set<CompetencyAssessment>().CountAsync(a => a.CompetencyId == s.Framework[Communication]));
        var gap = GrowthSetup.Text(await supervisor.TextAsync($"/Training/Growth/Gap/{s.WorkerStaff}"));
        Assert.Equal(2, rows);
        Assert.Equal(s.Framework.Count + 1, await s.Coalition.DbAsync(db => db.Set<CompetencyAssessment>().CountAsync()));
        Assert.Contains("Communication Not rated Advanced Proficient On target", gap);
        Assert.Contains("No course to recommend", gap);
    }

    [Fact]
    public async Task Another_supervisor_and_another_coalition_cannot_rate_a_worker_or_see_their_gaps()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var other = await s.OtherSupervisor.SignInAsync();
        var worker = await s.Worker.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Training/Growth/Rate/{s.WorkerStaff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Training/Growth/Gap/{s.WorkerStaff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Growth/Gap/{s.WorkerStaff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Growth/Rate/{s.WorkerStaff}")).StatusCode);
        People.DirectoryTests.AssertForbidden(await worker.GetAsync($"/Training/Growth/Rate/{s.WorkerStaff}"));
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/Training/Growth/Gap/{s.SupervisorStaff}")).StatusCode);
    }

    [Fact]
    public async Task Rating_nothing_is_refused_beside_the_levels()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var worker = await s.Worker.SignInAsync();

        var response = await worker.PostFormAsync("/Training/Growth", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a level for at least one competency.", await response.Content.ReadAsStringAsync());
    }
}
