using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Selection;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

public sealed class CaseStudyTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task An_admin_writes_a_case_study_finds_it_in_the_library_and_gives_it_to_a_candidate_at_the_case_study_phase()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Case study");
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();

        var created = await admin.PostFormAsync("/Hiring/Selection/CaseStudies/New", new()
        {
            ["Input.Title"] = "A client misses three appointments",
            ["Input.Scenario"] = "Ms. R. has missed three visits.",
            ["Input.GoodAnswers"] = "Curiosity before judgment.",
            ["Input.Language"] = "en",
        });
        var invalid = await admin.PostFormAsync("/Hiring/Selection/CaseStudies/New", new() { ["Input.Title"] = "Half a case", ["Input.Language"] = "en" });
        var spanishOnly = await admin.TextAsync("/Hiring/Selection/CaseStudies?language=es");
        var found = await admin.TextAsync("/Hiring/Selection/CaseStudies?q=appointments");
        var id = await data.Coalition.DbAsync(db => db.Set<CaseStudy>().Select(c => c.Id).SingleAsync());
        var assigned = await admin.PostFormAsync($"/Hiring/Selection/CaseStudies/Assign/{candidate}", new() { ["CaseStudyId"] = id.ToString() });
        var page = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Describe the situation the candidate talks through.", invalidHtml);
        Assert.Contains("Half a case", invalidHtml);
        Assert.DoesNotContain("A client misses three appointments", spanishOnly);
        Assert.Contains("A client misses three appointments", found);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains("A client misses three appointments", page);
        var assignment = await data.Coalition.DbAsync(db => db.Set<CaseStudyAssignment>().SingleAsync());
        Assert.Equal(id, assignment.CaseStudyId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, assignment.AssignedAt);
        Assert.NotNull(assignment.AssignedById);
    }

    [Fact]
    public async Task A_case_study_is_given_only_at_the_case_study_phase_and_an_archived_one_is_not_offered()
    {
        var data = await SelectionData.CreateAsync(app);
        var early = await data.CandidateAsync("Phone screen");
        var ready = await data.CandidateAsync("Case study", "Tomás Reyes");
        var archived = await data.Coalition.DbAsync(async db =>
        {
            var c = new CaseStudy { Title = "Old faxes", Scenario = "Faxes.", GoodAnswers = "None.", IsArchived = true };
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();

        var tooEarly = await admin.PostFormAsync($"/Hiring/Selection/CaseStudies/Assign/{early}", new() { ["CaseStudyId"] = archived.ToString() });
        var notOffered = await admin.PostFormAsync($"/Hiring/Selection/CaseStudies/Assign/{ready}", new() { ["CaseStudyId"] = archived.ToString() });

        Assert.Contains("Move the candidate to the case study phase first.", await tooEarly.Content.ReadAsStringAsync());
        Assert.Contains("Choose a case study from the library.", await notOffered.Content.ReadAsStringAsync());
        Assert.False(await data.Coalition.DbAsync(db => db.Set<CaseStudyAssignment>().AnyAsync()));
    }

    [Fact]
    public async Task An_edit_from_a_stale_copy_is_refused_with_what_was_typed_kept()
    {
        var data = await SelectionData.CreateAsync(app);
        var caseStudy = await data.Coalition.DbAsync(async db =>
        {
            var c = new CaseStudy { Title = "A ride", Scenario = "A neighbor asks for a ride.", GoodAnswers = "Limits." };
            db.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        var url = $"/Hiring/Selection/CaseStudies/Edit/{caseStudy.Id}";
        Dictionary<string, string> Fields(string title) => new()
        {
            ["Input.Title"] = title,
            ["Input.Scenario"] = caseStudy.Scenario,
            ["Input.GoodAnswers"] = caseStudy.GoodAnswers,
            ["Input.Language"] = "en",
            ["Input.Version"] = caseStudy.Version.ToString(),
        };

        var first = await admin.PostFormAsync(url, Fields("A ride at night"));
        var second = await admin.PostFormAsync(url, Fields("A ride to the ER"));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Someone else saved changes to this case study", html);
        Assert.Contains("A ride to the ER", html);
        Assert.Equal("A ride at night", await data.Coalition.DbAsync(db => db.Set<CaseStudy>().Select(c => c.Title).SingleAsync()));
    }
}
