using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Selection;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

public sealed class ShadowingTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    private const string Today = "2026-03-02";

    [Fact]
    public async Task The_host_sees_the_shadowing_among_their_tasks_gives_feedback_and_the_admin_reads_it()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Field shadowing");
        var (host, hostStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var team = await data.Coalition.AddTeamAsync("Eastside outreach", null, hostStaff);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();

        var scheduled = await admin.PostFormAsync($"/Hiring/Selection/Shadowing/Schedule/{candidate}", Fields(team, hostStaff, Today));
        var lupe = await host.SignInAsync();
        var tasks = await lupe.TextAsync("/Hiring/Selection/Tasks");
        var home = await lupe.TextAsync("/");
        var session = await data.Coalition.DbAsync(db => db.Set<ShadowingSession>().Select(s => s.Id).SingleAsync());
        var incomplete = await lupe.PostFormAsync($"/Hiring/Selection/Shadowing/Feedback/{session}", new() { ["Input.Comments"] = "Kind with Mr. P." });
        var given = await lupe.PostFormAsync($"/Hiring/Selection/Shadowing/Feedback/{session}", new()
        {
            ["Input.RelatingToClients"] = "Strength",
            ["Input.Curiosity"] = "Strength",
            ["Input.Boundaries"] = "Mixed",
            ["Input.WouldWorkWith"] = "Yes",
            ["Input.Comments"] = "Kind with Mr. P.",
        });
        var adminView = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains("Give feedback on Graciela Ortiz", tasks);
        Assert.Contains("Shadowing feedback to give", home);
        var incompleteHtml = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("Choose yes, maybe or no.", incompleteHtml);
        Assert.Contains("Kind with Mr. P.", incompleteHtml);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains("Kind with Mr. P.", adminView);
        Assert.Contains("With Lupe Herrera of Eastside outreach", adminView);
        Assert.DoesNotContain("Shadowing feedback to give", await lupe.TextAsync("/"));
    }

    [Fact]
    public async Task Only_the_host_can_open_or_send_the_shadowing_feedback()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Field shadowing");
        var (_, hostStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var (other, _) = await data.StaffUserAsync(CoalitionRole.Worker, "Tony", "Ruiz", JobFamily.CommunityHealthWorker);
        var team = await data.Coalition.AddTeamAsync("Eastside outreach", null, hostStaff);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await admin.PostFormAsync($"/Hiring/Selection/Shadowing/Schedule/{candidate}", Fields(team, hostStaff, Today));
        var session = await data.Coalition.DbAsync(db => db.Set<ShadowingSession>().Select(s => s.Id).SingleAsync());
        var tony = await other.SignInAsync();

        var opened = await tony.GetAsync($"/Hiring/Selection/Shadowing/Feedback/{session}");
        var byAdmin = await admin.GetAsync($"/Hiring/Selection/Shadowing/Feedback/{session}");
        var sent = await tony.PostFormAsync($"/Hiring/Selection/Shadowing/Feedback/{session}", new()
        {
            ["Input.RelatingToClients"] = "Concern",
            ["Input.Curiosity"] = "Concern",
            ["Input.Boundaries"] = "Concern",
            ["Input.WouldWorkWith"] = "No",
        }, formPage: "/Hiring/Selection/Tasks");

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
        Assert.False(await data.Coalition.DbAsync(db => db.Set<ShadowingFeedback>().AnyAsync()));
        Assert.DoesNotContain("Graciela Ortiz", await tony.TextAsync("/Hiring/Selection/Tasks"));
    }

    [Fact]
    public async Task A_session_is_rescheduled_and_then_cancelled_and_the_host_no_longer_sees_it()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Field shadowing");
        var (host, hostStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var team = await data.Coalition.AddTeamAsync("Eastside outreach", null, hostStaff);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        var past = await admin.PostFormAsync($"/Hiring/Selection/Shadowing/Schedule/{candidate}", Fields(team, hostStaff, "2026-02-01"));
        await admin.PostFormAsync($"/Hiring/Selection/Shadowing/Schedule/{candidate}", Fields(team, hostStaff, "2026-03-10"));
        var session = await data.Coalition.DbAsync(db => db.Set<ShadowingSession>().SingleAsync());
        var url = $"/Hiring/Selection/Shadowing/Edit/{session.Id}";

        var fields = Fields(team, hostStaff, "2026-03-12");
        fields["Input.Version"] = session.Version.ToString();
        var moved = await admin.PostFormAsync(url, fields);
        var stale = await admin.PostFormAsync(url, fields);
        var lupe = await host.SignInAsync();
        var upcoming = await lupe.TextAsync("/Hiring/Selection/Tasks");
        var version = await data.Coalition.DbAsync(db => db.Set<ShadowingSession>().Select(s => s.Version).SingleAsync());
        var cancelled = await admin.PostFormAsync($"{url}?handler=Cancel", new() { ["Input.Version"] = version.ToString() });

        Assert.Contains("Choose today or a later date.", await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("Someone else changed this shadowing while you were editing.", await stale.Content.ReadAsStringAsync());
        Assert.Contains("Details for Graciela Ortiz", upcoming);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var saved = await data.Coalition.DbAsync(db => db.Set<ShadowingSession>().Select(s => new { s.Date, s.Status }).SingleAsync());
        Assert.Equal((new DateOnly(2026, 3, 12), ShadowingStatus.Cancelled), (saved.Date, saved.Status));
        Assert.DoesNotContain("Graciela Ortiz", await lupe.TextAsync("/Hiring/Selection/Tasks"));
    }

    internal static Dictionary<string, string> Fields(Guid team, Guid host, string date) => new()
    {
        ["Input.TeamId"] = team.ToString(),
        ["Input.HostStaffId"] = host.ToString(),
        ["Input.Date"] = date,
        ["Input.StartTime"] = "09:00",
        ["Input.EndTime"] = "12:00",
        ["Input.Place"] = "Fresno Street clinic",
    };
}
