using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Selection;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

public sealed class ScorecardTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_panelist_sees_the_other_scores_only_after_submitting_their_own_and_the_admin_sees_all()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (worker, workerStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var (supervisor, supervisorStaff) = await data.StaffUserAsync(CoalitionRole.Supervisor, "Marcus", "Bell", JobFamily.Supervisor);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await AddPanelistAsync(admin, candidate, workerStaff);
        await AddPanelistAsync(admin, candidate, supervisorStaff);
        var lupe = await worker.SignInAsync();
        var marcus = await supervisor.SignInAsync();
        var lupeCard = await PanelistIdAsync(data, workerStaff);
        var marcusCard = await PanelistIdAsync(data, supervisorStaff);

        Assert.Contains("Scorecards waiting for you", await marcus.TextAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(lupe, data, lupeCard, "Lupe heard every word.")).StatusCode);
        var marcusBefore = await marcus.TextAsync($"/Hiring/Selection/Scorecards/{marcusCard}");
        var candidatePageBefore = await marcus.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");
        var lupeAfterOwn = await lupe.TextAsync($"/Hiring/Selection/Scorecards/{lupeCard}");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(marcus, data, marcusCard, "Marcus liked the examples.")).StatusCode);
        var marcusAfter = await marcus.TextAsync($"/Hiring/Selection/Scorecards/{marcusCard}");
        var adminView = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");

        Assert.DoesNotContain("Lupe heard every word.", marcusBefore);
        Assert.DoesNotContain("Lupe heard every word.", candidatePageBefore);
        Assert.Contains("Scores are shown to panelists once they submit their own.", candidatePageBefore);
        Assert.Contains("Lupe heard every word.", lupeAfterOwn);
        Assert.Contains("Lupe heard every word.", marcusAfter);
        Assert.Contains("Marcus liked the examples.", marcusAfter);
        Assert.Contains("Lupe heard every word.", adminView);
        Assert.Contains("Marcus liked the examples.", adminView);
        Assert.Contains("Average score per quality (2 scorecards)", adminView);
    }

    [Fact]
    public async Task Nobody_but_the_panelist_opens_or_sends_their_scorecard()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (_, workerStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var (other, _) = await data.StaffUserAsync(CoalitionRole.Supervisor, "Marcus", "Bell", JobFamily.Supervisor);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await AddPanelistAsync(admin, candidate, workerStaff);
        var card = await PanelistIdAsync(data, workerStaff);
        var marcus = await other.SignInAsync();

        var opened = await marcus.GetAsync($"/Hiring/Selection/Scorecards/{card}");
        var byAdmin = await admin.GetAsync($"/Hiring/Selection/Scorecards/{card}");
        var sent = await marcus.PostFormAsync($"/Hiring/Selection/Scorecards/{card}", new() { ["Input.Recommendation"] = "Yes" }, formPage: "/Hiring/Selection/Tasks");

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
        Assert.False(await data.Coalition.DbAsync(db => db.Set<Scorecard>().AnyAsync()));
    }

    [Fact]
    public async Task A_scorecard_without_every_score_comes_back_with_the_message_and_what_was_chosen()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (worker, workerStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await AddPanelistAsync(admin, candidate, workerStaff);
        var card = await PanelistIdAsync(data, workerStaff);
        var empathy = await data.Coalition.DbAsync(db => db.Set<ScoringAttribute>().Where(a => a.Name == "Empathy").Select(a => a.Id).SingleAsync());
        var lupe = await worker.SignInAsync();

        var response = await lupe.PostFormAsync($"/Hiring/Selection/Scorecards/{card}", new()
        {
            [$"Input.Ratings[{empathy}]"] = "3",
            ["Input.Comments"] = "Half done",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a score from 1 to 4 for Listening.", html);
        Assert.Contains("Choose your overall recommendation.", html);
        Assert.Contains($"value=\"3\" checked=\"checked\"", html);
        Assert.Contains("Half done", html);
        Assert.DoesNotContain("Choose a score from 1 to 4 for Empathy.", html);
    }

    [Fact]
    public async Task The_candidate_page_warns_when_no_panelist_of_the_panel_interview_is_a_worker()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (_, supervisorStaff) = await data.StaffUserAsync(CoalitionRole.Supervisor, "Marcus", "Bell", JobFamily.Supervisor);
        var (_, peerStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Dana", "Cole", JobFamily.PeerSupportSpecialist);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        const string warning = "No panelist is a community health worker or peer.";

        await AddPanelistAsync(admin, candidate, supervisorStaff);
        var without = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");
        await AddPanelistAsync(admin, candidate, peerStaff);
        var with = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");

        Assert.Contains(warning, without);
        Assert.DoesNotContain(warning, with);
    }

    [Fact]
    public async Task The_admin_removes_a_panelist_who_has_not_scored_but_keeps_one_who_has()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (worker, workerStaff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var (_, supervisorStaff) = await data.StaffUserAsync(CoalitionRole.Supervisor, "Marcus", "Bell", JobFamily.Supervisor);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await AddPanelistAsync(admin, candidate, workerStaff);
        await AddPanelistAsync(admin, candidate, supervisorStaff);
        var scored = await PanelistIdAsync(data, workerStaff);
        var waiting = await PanelistIdAsync(data, supervisorStaff);
        await SubmitAsync(await worker.SignInAsync(), data, scored, "Done");
        var panel = $"/Hiring/Selection/Panel/{candidate}";

        var removed = await admin.PostFormAsync($"{panel}?handler=Remove&panelist={waiting}", [], formPage: panel);
        var kept = await admin.PostFormAsync($"{panel}?handler=Remove&panelist={scored}", [], formPage: panel);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("This panelist has submitted a scorecard, so they stay on the panel.", await kept.Content.ReadAsStringAsync());
        Assert.Equal([scored], await data.Coalition.DbAsync(db => db.Set<Panelist>().Select(p => p.Id).ToListAsync()));
    }

    internal static async Task AddPanelistAsync(HttpClient admin, Guid candidate, Guid staffId)
    {
        var response = await admin.PostFormAsync($"/Hiring/Selection/Panel/{candidate}?handler=Add", new() { ["StaffMemberId"] = staffId.ToString() }, formPage: $"/Hiring/Selection/Panel/{candidate}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static Task<Guid> PanelistIdAsync(SelectionData data, Guid staffId) =>
        data.Coalition.DbAsync(db => db.Set<Panelist>().Where(p => p.StaffMemberId == staffId).Select(p => p.Id).SingleAsync());

    internal static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, SelectionData data, Guid panelist, string comments)
    {
        var attributes = await data.Coalition.DbAsync(db => db.Set<ScoringAttribute>().Where(a => !a.IsArchived).Select(a => a.Id).ToListAsync());
        var fields = attributes.ToDictionary(a => $"Input.Ratings[{a}]", _ => "3");
        fields["Input.Recommendation"] = "Yes";
        fields["Input.Comments"] = comments;
        return await client.PostFormAsync($"/Hiring/Selection/Scorecards/{panelist}", fields);
    }
}
