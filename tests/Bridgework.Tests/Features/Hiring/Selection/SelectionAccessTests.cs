using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Selection;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

public sealed class SelectionAccessTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task Another_coalitions_admin_gets_404_on_every_selection_page_of_this_coalition()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (_, staff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var team = await data.Coalition.AddTeamAsync("Eastside outreach", null, staff);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await ScorecardTests.AddPanelistAsync(admin, candidate, staff);
        await admin.PostFormAsync($"/Hiring/Selection/Shadowing/Schedule/{candidate}", ShadowingTests.Fields(team, staff, "2026-03-02"));
        var ids = await data.Coalition.DbAsync(async db => new
        {
            Panelist = await db.Set<Panelist>().Select(p => p.Id).SingleAsync(),
            Session = await db.Set<ShadowingSession>().Select(s => s.Id).SingleAsync(),
            Reason = await db.Set<EndingReason>().Select(r => r.Id).FirstAsync(),
            Attribute = await db.Set<ScoringAttribute>().Select(a => a.Id).FirstAsync(),
            CaseStudy = await AddCaseStudyAsync(db),
        });
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();
        string[] urls =
        [
            $"/Hiring/Selection/Panel/{candidate}",
            $"/Hiring/Selection/CaseStudies/Assign/{candidate}",
            $"/Hiring/Selection/Shadowing/Schedule/{candidate}",
            $"/Hiring/Selection/Shadowing/Edit/{ids.Session}",
            $"/Hiring/Selection/Shadowing/Feedback/{ids.Session}",
            $"/Hiring/Selection/Scorecards/{ids.Panelist}",
            $"/Hiring/Selection/CaseStudies/Edit/{ids.CaseStudy}",
            $"/Hiring/Selection/Reasons/Edit/{ids.Reason}",
            $"/Hiring/Selection/Attributes/Edit/{ids.Attribute}",
        ];

        foreach (var url in urls)
        {
            Assert.True(HttpStatusCode.OK == (await admin.GetAsync(url)).StatusCode || url.Contains("Feedback", StringComparison.Ordinal) || url.Contains("Scorecards", StringComparison.Ordinal), url);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        }

        var lists = string.Concat(await Task.WhenAll(new[] { "/Hiring/Selection/CaseStudies?status=All", "/Hiring/Selection/Reasons", "/Hiring/Selection/Attributes", "/Hiring/Selection/Tasks" }.Select(intruder.TextAsync)));
        Assert.DoesNotContain(ids.CaseStudy.ToString(), lists, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ids.Reason.ToString(), lists, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ids.Attribute.ToString(), lists, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_worker_reaches_their_tasks_but_not_the_hiring_admin_pages()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (worker, _) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var lupe = await worker.SignInAsync();

        Assert.Equal(HttpStatusCode.OK, (await lupe.GetAsync("/Hiring/Selection/Tasks")).StatusCode);
        foreach (var url in new[] { $"/Hiring/Selection/Panel/{candidate}", "/Hiring/Selection/CaseStudies", "/Hiring/Selection/Reasons", $"/Hiring/Pipeline/Candidate/{candidate}" })
        {
            OrganizationsTestData.AssertRefused(await lupe.GetAsync(url));
        }
    }

    [Fact]
    public async Task A_panelist_who_reads_Spanish_gets_the_scorecard_in_Spanish()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Panel interview");
        var (worker, staff) = await data.StaffUserAsync(CoalitionRole.Worker, "Lupe", "Herrera", JobFamily.CommunityHealthWorker);
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        await ScorecardTests.AddPanelistAsync(admin, candidate, staff);
        var panelist = await ScorecardTests.PanelistIdAsync(data, staff);
        var lupe = await worker.SignInAsync();
        await lupe.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Hiring/Selection/Tasks" }, "/Hiring/Selection/Tasks");

        var html = WebUtility.HtmlDecode(await lupe.TextAsync($"/Hiring/Selection/Scorecards/{panelist}"));
        var tasks = WebUtility.HtmlDecode(await lupe.TextAsync("/Hiring/Selection/Tasks"));

        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("Empatía", html);
        Assert.Contains("Enviar mi hoja de evaluación", html);
        Assert.Contains("Muy a favor", html);
        Assert.Contains("Mis tareas de contratación", tasks);
        Assert.DoesNotContain("Submit my scorecard", html);
    }

    private static async Task<Guid> AddCaseStudyAsync(Bridgework.Web.Platform.Data.AppDbContext db)
    {
        var c = new CaseStudy { Title = "A ride", Scenario = "A neighbor asks for a ride.", GoodAnswers = "Limits." };
        db.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }
}
