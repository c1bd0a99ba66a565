using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class SessionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The test clock stands at 2 March 2026.
    private sealed record Setup(TestCoalition Coalition, Guid Course, Guid Requirement, TestUser Supervisor, TestUser Worker, Guid WorkerStaff, Guid Org);

    private async Task<Setup> SetupAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var requirements = await coalition.AddRequirementsAsync();
        var chw = requirements[CredentialType.CommunityHealthWorkerCertificate];
        var course = await coalition.DbAsync(async db =>
        {
            var c = new Course { Title = "Vicarious Trauma and Resilience", Kind = CourseKind.SelfCare, Hours = 3m, Languages = "en,es", RequirementId = chw };
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var org = await coalition.AddOrganizationAsync();
        var supervisor = await coalition.UserAsync(CoalitionRole.Supervisor);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.UserId = supervisor.Id);
        var lupe = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.UserId = worker.Id; s.SupervisorId = marcus; });
        return new Setup(coalition, course, chw, supervisor, worker, lupe, org);
    }

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, Guid course, int capacity = 10) =>
        client.PostFormAsync("/Training/Sessions/New", new()
        {
            ["Input.CourseId"] = course.ToString(),
            ["Input.Date"] = "2026-03-20",
            ["Input.StartTime"] = "09:00",
            ["Input.EndTime"] = "12:00",
            ["Input.Place"] = "Fresno Wellness and Recovery Center, Room B",
            ["Input.Capacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    [Fact]
    public async Task A_supervisor_schedules_a_worker_signs_up_attendance_is_taken_and_the_hours_count()
    {
        var s = await SetupAsync();
        await s.Coalition.AddCredentialAsync(s.WorkerStaff, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10), new DateOnly(2026, 5, 1));
        await s.Coalition.AddHoursAsync(s.WorkerStaff, s.Requirement, new DateOnly(2025, 5, 1), 6m);
        await s.Coalition.AddHoursAsync(s.WorkerStaff, s.Requirement, new DateOnly(2026, 1, 20), 3m);
        var supervisor = await s.Supervisor.SignInAsync();
        var worker = await s.Worker.SignInAsync();

        var scheduled = await ScheduleAsync(supervisor, s.Course);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var url = scheduled.Headers.Location!.OriginalString;
        Assert.Contains("At risk", await worker.TextAsync("/Training/Me"));

        var signedUp = await worker.PostFormAsync($"{url}?handler=SignUp", [], url);
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        var page = await worker.TextAsync(url);
        Assert.Contains("You are signed up.", page);
        Assert.Contains("Add to my calendar (.ics)", page);
        Assert.Contains("Signed up", await worker.TextAsync("/Training/Sessions?mine=true"));
        Assert.Contains("Training sessions you signed up for", await worker.TextAsync("/"));
        Assert.Contains($"href=\"{url}\">Vicarious Trauma and Resilience</a>", await worker.TextAsync("/Training/Me"));

        var attendanceUrl = url.Replace("/Training/Sessions/", "/Training/Sessions/Attendance/", StringComparison.Ordinal);
        var attendancePage = await supervisor.TextAsync(attendanceUrl);
        Assert.Contains("Lupe Herrera", attendancePage);
        var taken = await supervisor.PostFormAsync(attendanceUrl, new() { ["Attended"] = s.WorkerStaff.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);

        var record = await s.Coalition.DbAsync(db => db.Set<CompletionRecord>().SingleAsync(c => c.SessionId != null));
        Assert.Equal(3m, record.Hours);
        Assert.Equal(s.Requirement, record.RequirementId);
        Assert.Equal(new DateOnly(2026, 3, 20), record.CompletedOn);
        var me = await worker.TextAsync("/Training/Me");
        Assert.Contains("6 of 6 hours done", me);
        Assert.Contains("Compliant", me);

        // Saving again adds nobody twice.
        await supervisor.PostFormAsync(attendanceUrl, new() { ["Attended"] = s.WorkerStaff.ToString() });
        Assert.Equal(1, await s.Coalition.DbAsync(db => db.Set<CompletionRecord>().CountAsync(c => c.SessionId != null)));
    }

    [Fact]
    public async Task A_full_session_puts_the_next_worker_on_the_waitlist_who_moves_up_when_someone_cancels()
    {
        var s = await SetupAsync();
        var supervisor = await s.Supervisor.SignInAsync();
        var url = (await ScheduleAsync(supervisor, s.Course, capacity: 1)).Headers.Location!.OriginalString;
        var otherUser = await s.Coalition.UserAsync(CoalitionRole.Worker);
        await s.Coalition.AddStaffAsync(s.Org, "Ana", "Ruiz", x => x.UserId = otherUser.Id);
        var ana = await otherUser.SignInAsync();
        var lupe = await s.Worker.SignInAsync();

        await ana.PostFormAsync($"{url}?handler=SignUp", [], url);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await lupe.PostFormAsync($"{url}?handler=SignUp", [], url);
        Assert.Contains("You are number 1 on the waitlist.", await lupe.TextAsync(url));
        Assert.Contains("Full: waitlist open", await lupe.TextAsync("/Training/Sessions"));

        await ana.PostFormAsync($"{url}?handler=Cancel", [], url);

        Assert.Contains("You are signed up.", await lupe.TextAsync(url));
    }

    [Fact]
    public async Task A_signed_up_worker_downloads_a_calendar_invite()
    {
        var s = await SetupAsync();
        var supervisor = await s.Supervisor.SignInAsync();
        var url = (await ScheduleAsync(supervisor, s.Course)).Headers.Location!.OriginalString;
        var worker = await s.Worker.SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"{url}?handler=Calendar")).StatusCode);
        await worker.PostFormAsync($"{url}?handler=SignUp", [], url);
        var response = await worker.GetAsync($"{url}?handler=Calendar");
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("SUMMARY:Vicarious Trauma and Resilience", ics);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260320T090000", ics);
        Assert.Contains("LOCATION:Fresno Wellness and Recovery Center\\, Room B", ics);
    }

    [Fact]
    public async Task Scheduling_checks_the_date_times_and_place_and_keeps_what_was_typed()
    {
        var s = await SetupAsync();
        var supervisor = await s.Supervisor.SignInAsync();

        var response = await supervisor.PostFormAsync("/Training/Sessions/New", new()
        {
            ["Input.CourseId"] = s.Course.ToString(),
            ["Input.Date"] = "2026-02-01",
            ["Input.StartTime"] = "12:00",
            ["Input.EndTime"] = "09:00",
            ["Input.Capacity"] = "0",
            ["Input.Link"] = "not a link",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose today or a later date.", html);
        Assert.Contains("The session must end after it starts.", html);
        Assert.Contains("Enter a capacity from 1 to 500 people.", html);
        Assert.Contains("Enter the meeting link as a full web address", html);
        Assert.Contains("value=\"not a link\"", html);
        Assert.False(await s.Coalition.DbAsync(db => db.Set<TrainingSession>().AnyAsync()));
    }

    [Fact]
    public async Task Workers_cannot_schedule_or_take_attendance_and_another_coalition_gets_404()
    {
        var s = await SetupAsync();
        var supervisor = await s.Supervisor.SignInAsync();
        var url = (await ScheduleAsync(supervisor, s.Course)).Headers.Location!.OriginalString;
        var id = url[(url.LastIndexOf('/') + 1)..];
        var worker = await s.Worker.SignInAsync();
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        DirectoryTests.AssertForbidden(await worker.GetAsync("/Training/Sessions/New"));
        DirectoryTests.AssertForbidden(await worker.GetAsync($"/Training/Sessions/Attendance/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Sessions/Attendance/{id}")).StatusCode);
        Assert.DoesNotContain(id, await intruder.TextAsync("/Training/Sessions"));
    }
}
