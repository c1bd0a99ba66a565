using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

public sealed class PipelineTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task An_admin_bulk_moves_candidates_and_each_move_is_in_the_history_with_who_and_why()
    {
        var (coalition, posting) = await PostingWithCandidatesAsync(3);
        var admin = await coalition.AdminAsync();
        var client = await admin.SignInAsync();
        var ids = await coalition.DbAsync(db => db.Set<JobApplication>().OrderBy(a => a.Name).Select(a => a.Id).ToListAsync());
        var phone = await PhaseAsync(coalition, "Phone screen");

        var list = await client.TextAsync($"/Hiring/Pipeline/{posting.Id}");
        var response = await client.PostFormAsync($"/Hiring/Pipeline/{posting.Id}?handler=Move", new()
        {
            ["Selected"] = ids[0].ToString(),
            ["MoveTo"] = phone.ToString(),
        }, formPage: $"/Hiring/Pipeline/{posting.Id}");
        var bulk = await client.PostAsync($"/Hiring/Pipeline/{posting.Id}?handler=Move", null);

        Assert.Contains("Applied (3)", list);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        var two = await client.PostFormAsync($"/Hiring/Pipeline/{posting.Id}?handler=Move",
            [], formPage: $"/Hiring/Pipeline/{posting.Id}");
        Assert.Contains("Choose at least one candidate to move.", await two.Content.ReadAsStringAsync());
        var filtered = await client.TextAsync($"/Hiring/Pipeline/{posting.Id}?phase={phone}");
        Assert.Contains("Candidate 0", filtered);
        Assert.DoesNotContain("Candidate 1", filtered);
        var detail = await client.TextAsync($"/Hiring/Pipeline/Candidate/{ids[0]}");
        Assert.Contains("Applied → Phone screen", detail);
        var hash = await coalition.DbAsync(db => db.Set<JobApplication>().Where(a => a.Id == ids[0]).Select(a => a.StatusTokenHash).SingleAsync());
        Assert.NotEmpty(hash);
        var move = await coalition.DbAsync(db => db.Set<PhaseMove>().SingleAsync());
        Assert.Equal(admin.Id, move.MovedById);
    }

    [Fact]
    public async Task Several_candidates_move_at_once_and_not_selected_needs_a_reason()
    {
        var (coalition, posting) = await PostingWithCandidatesAsync(3);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var ids = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).ToListAsync());
        var notSelected = await PhaseAsync(coalition, "Not selected");
        var url = $"/Hiring/Pipeline/{posting.Id}?handler=Move";
        var body = new List<KeyValuePair<string, string>>(ids.Select(i => new KeyValuePair<string, string>("Selected", i.ToString())))
        {
            new("MoveTo", notSelected.ToString()),
        };

        var refused = await PostListAsync(client, url, $"/Hiring/Pipeline/{posting.Id}", body);
        body.Add(new("Reason", "Openings were filled."));
        var moved = await PostListAsync(client, url, $"/Hiring/Pipeline/{posting.Id}", body);

        Assert.Contains("Give a reason: it stays in the candidate’s history.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(3, await coalition.DbAsync(db => db.Set<JobApplication>().CountAsync(a => a.PhaseId == notSelected)));
        Assert.Equal(3, await coalition.DbAsync(db => db.Set<PhaseMove>().CountAsync(m => m.Reason == "Openings were filled.")));
    }

    [Fact]
    public async Task A_supervisor_reads_the_pipeline_but_cannot_move_anyone()
    {
        var (coalition, posting) = await PostingWithCandidatesAsync(1);
        var id = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).SingleAsync());
        var client = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();
        var phone = await PhaseAsync(coalition, "Phone screen");

        var list = await client.TextAsync($"/Hiring/Pipeline/{posting.Id}");
        var detail = await client.TextAsync($"/Hiring/Pipeline/Candidate/{id}");
        var response = await client.PostFormAsync($"/Hiring/Pipeline/Candidate/{id}", new() { ["MoveTo"] = phone.ToString() }, formPage: $"/Hiring/Pipeline/{posting.Id}");

        Assert.Contains("Candidate 0", list);
        Assert.DoesNotContain("Move the chosen candidates", list);
        Assert.DoesNotContain("Move to another phase", detail);
        OrganizationsTestData.AssertRefused(response);
        Assert.False(await coalition.DbAsync(db => db.Set<PhaseMove>().AnyAsync()));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_a_pipeline_and_a_candidate()
    {
        var (coalition, posting) = await PostingWithCandidatesAsync(1);
        var id = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).SingleAsync());
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Pipeline/{posting.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Pipeline/Candidate/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Pipeline/Candidate/{id}?handler=Resume")).StatusCode);
    }

    [Fact]
    public async Task The_board_shows_a_column_per_phase_with_its_first_candidates_and_a_link_to_the_rest()
    {
        var (coalition, posting) = await PostingWithCandidatesAsync(BoardModel.PerColumn + 2);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var phone = await PhaseAsync(coalition, "Phone screen");
        var first = await coalition.DbAsync(db => db.Set<JobApplication>().OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync());
        await client.PostFormAsync($"/Hiring/Pipeline/{posting.Id}?handler=Move", new()
        {
            ["Selected"] = first.ToString(),
            ["MoveTo"] = phone.ToString(),
        }, formPage: $"/Hiring/Pipeline/{posting.Id}");

        var board = await client.TextAsync($"/Hiring/Pipeline/Board/{posting.Id}");
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        var columns = board.Split("class=\"pipeline-column");
        var applied = columns.Single(c => c.Contains(">Applied <", StringComparison.Ordinal));
        var phoneColumn = columns.Single(c => c.Contains(">Phone screen <", StringComparison.Ordinal));
        Assert.Equal(BoardModel.PerColumn, System.Text.RegularExpressions.Regex.Count(applied, "class=\"pipeline-card\""));
        Assert.Contains($"See all {BoardModel.PerColumn + 1} in Applied", applied);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(phoneColumn, "class=\"pipeline-card\""));
        Assert.Contains($"/Hiring/Pipeline/Candidate/{first}", phoneColumn);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Pipeline/Board/{posting.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_resume_is_only_ever_sent_as_a_download()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"));
        var candidate = app.Browser();
        var url = ApplyTests.ApplyUrl(coalition, posting);
        await candidate.PostMultipartAsync(url, ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url)), "Resume", "cv.pdf", "%PDF-1.7\n<script>alert(1)</script>"u8.ToArray(), "text/html");
        var id = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).SingleAsync());
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.GetAsync($"/Hiring/Pipeline/Candidate/{id}?handler=Resume");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    private static async Task<HttpResponseMessage> PostListAsync(HttpClient client, string url, string formPage, List<KeyValuePair<string, string>> body)
    {
        var html = await client.TextAsync(formPage);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>(body) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token)) };
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Task<Guid> PhaseAsync(TestCoalition coalition, string name) =>
        coalition.DbAsync(db => db.Set<PipelinePhase>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private async Task<(TestCoalition, Posting)> PostingWithCandidatesAsync(int count)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"));
        for (var i = 0; i < count; i++)
        {
            var client = app.Browser();
            var url = ApplyTests.ApplyUrl(coalition, posting);
            var fields = ApplyTests.Fields(await ApplyTests.KeyAsync(client, url));
            fields["Input.Name"] = $"Candidate {i}";
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(url, fields)).StatusCode);
        }

        return (coalition, posting);
    }
}

public sealed class HiringHomeCardTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_coalition_admin_sees_new_applications_waiting_on_the_home_page()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"));
        var candidate = app.Browser();
        var url = ApplyTests.ApplyUrl(coalition, posting);
        await candidate.PostFormAsync(url, ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url)));
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var supervisor = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();

        Assert.Contains("New applications", await admin.TextAsync("/"));
        Assert.DoesNotContain("New applications", await supervisor.TextAsync("/"));
    }
}

public sealed class CandidateStatusTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task The_private_status_page_shows_the_step_the_candidate_is_at()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"));
        var candidate = app.Browser();
        var url = ApplyTests.ApplyUrl(coalition, posting);
        var sent = await (await candidate.PostFormAsync(url, ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url)))).Content.ReadAsStringAsync();
        var statusPath = System.Text.RegularExpressions.Regex.Match(sent, "/Jobs/Status/[A-Za-z0-9_-]+").Value;
        var id = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).SingleAsync());
        var caseStudy = await coalition.DbAsync(db => db.Set<PipelinePhase>().Where(p => p.Name == "Case study").Select(p => p.Id).SingleAsync());
        var admin = await (await coalition.AdminAsync()).SignInAsync();

        await admin.PostFormAsync($"/Hiring/Pipeline/Candidate/{id}", new() { ["MoveTo"] = caseStudy.ToString() });

        Assert.Contains("In progress. Current step: Case study", await app.Browser().TextAsync(statusPath));
    }
}
