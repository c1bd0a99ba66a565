using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training.Supervision;
using Bridgework.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class SupervisionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid staff, string type, Dictionary<string, string> fields) =>
        client.PostFormAsync("/Training/Supervision/New", new Dictionary<string, string>(fields)
        {
            ["Staff"] = staff.ToString(),
            ["Input.Type"] = type,
        }, $"/Training/Supervision/New?staff={staff}&type={type}");

    [Fact]
    public async Task Reflective_notes_are_read_only_by_the_worker_and_that_supervisor_and_each_reading_is_audited()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var supervisor = await s.Supervisor.SignInAsync();

        var form = await supervisor.TextAsync($"/Training/Supervision/New?staff={s.WorkerStaff}&type=Reflective");
        Assert.Contains("Limits and boundaries", form);
        Assert.Contains("Ecosystem", form);
        var saved = await RecordAsync(supervisor, s.WorkerStaff, "Reflective", new()
        {
            ["Input.HeldOn"] = "2026-03-02",
            ["Input.Strengths"] = "Stayed steady with a client in crisis.",
            ["Input.Notes[Emotion]"] = "Tired after the crisis visit; slept badly.",
            ["Input.Notes[LimitsAndBoundaries]"] = "No client texts after 6 pm.",
            ["Input.Actions[0].Text"] = "Set an out-of-office message",
            ["Input.Actions[0].Owner"] = "Worker",
            ["Input.Actions[0].DueOn"] = "2026-03-09",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var url = saved.Headers.Location!.OriginalString;

        var worker = await s.Worker.SignInAsync();
        var admin = await s.Admin.SignInAsync();
        var otherSupervisor = await s.OtherSupervisor.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        Assert.Contains("Tired after the crisis visit", await supervisor.TextAsync(url));
        Assert.Contains("Tired after the crisis visit", await worker.TextAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupervisor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Tired after the crisis visit", await admin.TextAsync("/Training/Supervision"));
        Assert.DoesNotContain("Tired after the crisis visit", await otherSupervisor.TextAsync("/Training/Supervision"));

        var meetingId = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        var readings = await s.Coalition.DbAsync(db => db.Set<AuditEntry>()
            .Where(a => a.Action == AuditAction.Viewed && a.EntityId == meetingId)
            .Select(a => a.UserId).ToListAsync());
        Assert.Contains((Guid?)s.Worker.Id, readings);
        Assert.Contains((Guid?)s.Supervisor.Id, readings);
        Assert.DoesNotContain((Guid?)s.Admin.Id, readings);
        var created = await s.Coalition.DbAsync(db => db.Set<AuditEntry>().Where(a => a.Entity == nameof(ReflectiveNote)).Select(a => a.Changes).ToListAsync());
        Assert.All(created, c => Assert.DoesNotContain("Tired", c));

        var mine = await worker.TextAsync("/Training/Supervision");
        Assert.Contains("Set an out-of-office message", mine);
    }

    [Fact]
    public async Task Open_actions_come_back_at_the_next_meeting_until_they_are_closed()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var supervisor = await s.Supervisor.SignInAsync();
        await RecordAsync(supervisor, s.WorkerStaff, "Regular", new()
        {
            ["Input.HeldOn"] = "2026-02-16",
            ["Input.Actions[0].Text"] = "Follow up on the food bank referrals",
            ["Input.Actions[0].Owner"] = "Worker",
            ["Input.Actions[0].DueOn"] = "2026-02-23",
            ["Input.Actions[1].Text"] = "Ask the nurse to join a home visit",
            ["Input.Actions[1].Owner"] = "Supervisor",
            ["Input.Actions[1].DueOn"] = "2026-03-20",
        });
        var actions = await s.Coalition.DbAsync(db => db.Set<SupervisionAction>().OrderBy(a => a.DueOn).ToListAsync());

        var next = await supervisor.TextAsync($"/Training/Supervision/New?staff={s.WorkerStaff}");
        Assert.Contains("Follow up on the food bank referrals", next);
        Assert.Contains("Ask the nurse to join a home visit", next);
        Assert.Contains("Supervision actions due", await supervisor.TextAsync("/"));

        await RecordAsync(supervisor, s.WorkerStaff, "Regular", new()
        {
            ["Input.HeldOn"] = "2026-03-02",
            ["Input.Close"] = actions[0].Id.ToString(),
        });

        var after = await supervisor.TextAsync($"/Training/Supervision/New?staff={s.WorkerStaff}");
        Assert.DoesNotContain("Follow up on the food bank referrals", after);
        Assert.Contains("Ask the nurse to join a home visit", after);
        var closed = await s.Coalition.DbAsync(db => db.Set<SupervisionAction>().SingleAsync(a => a.Id == actions[0].Id));
        Assert.Equal(new DateOnly(2026, 3, 2), closed.ClosedOn);
    }

    [Fact]
    public async Task An_action_without_a_due_date_is_refused_beside_the_field_and_what_was_typed_is_kept()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var supervisor = await s.Supervisor.SignInAsync();

        var response = await RecordAsync(supervisor, s.WorkerStaff, "Regular", new()
        {
            ["Input.HeldOn"] = "2026-03-02",
            ["Input.Strengths"] = "Warm with families",
            ["Input.Actions[0].Text"] = "Call the clinic",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter when the action is due.", Accounts.MessageBeside(html, "Input.Actions[0].DueOn"));
        Assert.Contains("Warm with families", html);
        Assert.Contains("value=\"Call the clinic\"", html);
        Assert.False(await s.Coalition.DbAsync(db => db.Set<SupervisionMeeting>().AnyAsync()));
    }

    [Fact]
    public async Task Only_the_workers_own_supervisor_records_their_meetings_and_workers_cannot_record_any()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var otherSupervisor = await s.OtherSupervisor.SignInAsync();
        var worker = await s.Worker.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await otherSupervisor.GetAsync($"/Training/Supervision/New?staff={s.WorkerStaff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Supervision/New?staff={s.WorkerStaff}")).StatusCode);
        People.DirectoryTests.AssertForbidden(await worker.GetAsync($"/Training/Supervision/New?staff={s.WorkerStaff}"));
    }
}
