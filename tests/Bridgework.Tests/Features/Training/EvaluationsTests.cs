using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class EvaluationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<Guid> HeldSessionAsync(GrowthSetup s, params Guid[] attended) =>
        s.Coalition.DbAsync(async db =>
        {
            var course = new Course { Title = "Vicarious Trauma and Resilience", Kind = CourseKind.SelfCare, Hours = 3m };
            var session = new TrainingSession { CourseId = course.Id, Date = new DateOnly(2026, 2, 20), StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0), Capacity = 10, AttendanceTakenAt = new DateTime(2026, 2, 20, 20, 0, 0, DateTimeKind.Utc) };
            db.AddRange(course, session);
            db.AddRange(attended.Select(id => new SessionSignUp { SessionId = session.Id, StaffMemberId = id, SignedUpAt = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), Attended = true }));
            await db.SaveChangesAsync();
            return session.Id;
        });

    [Fact]
    public async Task A_worker_who_attended_rates_the_session_once_and_admins_see_the_course_quality()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var (_, anaStaff) = await s.AddWorkerAsync("Ana");
        var session = await HeldSessionAsync(s, s.WorkerStaff, anaStaff);
        var worker = await s.Worker.SignInAsync();
        var url = $"/Training/Sessions/Evaluate/{session}";

        var home = await worker.TextAsync("/");
        Assert.Contains("Rate a session you attended", home);
        Assert.Contains(url, home);

        var sent = await worker.PostFormAsync(url, new() { ["Input.Useful"] = "5", ["Input.Recommend"] = "4", ["Input.Comment"] = "Practical and kind." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("You already rated this session.", await worker.TextAsync(url));
        Assert.DoesNotContain("Rate a session you attended", await worker.TextAsync("/"));
        await s.Coalition.DbAsync(async db =>
        {
            db.Add(new SessionEvaluation { SessionId = session, CourseId = db.Set<TrainingSession>().Single(x => x.Id == session).CourseId, StaffMemberId = anaStaff, Useful = 3, Recommend = 2 });
            return await db.SaveChangesAsync();
        });

        var admin = await s.Admin.SignInAsync();
        var report = GrowthSetup.Text(await admin.TextAsync("/Training/Reports/Quality"));
        Assert.Contains("Vicarious Trauma and Resilience 2 4.0 3.0", report);
        var courseId = await s.Coalition.DbAsync(db => db.Set<Course>().Select(c => c.Id).SingleAsync());
        var opened = await admin.TextAsync($"/Training/Reports/Quality?course={courseId}");
        Assert.Contains("Practical and kind.", opened);
        Assert.DoesNotContain("Lupe", opened);
        Assert.Equal(2, await s.Coalition.DbAsync(db => db.Set<SessionEvaluation>().CountAsync()));
    }

    [Fact]
    public async Task A_rating_needs_both_numbers_and_someone_who_did_not_attend_gets_404()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var (ana, _) = await s.AddWorkerAsync("Ana");
        var session = await HeldSessionAsync(s, s.WorkerStaff);
        var worker = await s.Worker.SignInAsync();
        var absent = await ana.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);
        var url = $"/Training/Sessions/Evaluate/{session}";

        var response = await worker.PostFormAsync(url, new() { ["Input.Useful"] = "5", ["Input.Comment"] = "Good" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a number from 1 to 5.", html);
        Assert.Contains("Good</textarea>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await absent.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        People.DirectoryTests.AssertForbidden(await worker.GetAsync("/Training/Reports/Quality"));
    }
}
