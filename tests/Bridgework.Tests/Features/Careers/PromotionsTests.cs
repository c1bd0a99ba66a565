using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Careers.Promotions;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

public sealed class PromotionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Setup(TestCoalition Coalition, Guid Worker, Guid Level1, Guid Level2, HttpClient Supervisor, HttpClient Admin, HttpClient OtherSupervisor);

    private async Task<Setup> SetUpAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, two) = await coalition.AddLadderAsync();
        var org = await coalition.AddOrganizationAsync();
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var otherUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisorUser.Id; s.JobFamily = JobFamily.Supervisor; });
        await coalition.AddStaffAsync(org, "Rosy", "Ochoa", s => { s.UserId = otherUser.Id; s.JobFamily = JobFamily.Supervisor; });
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz", s => s.HireDate = new DateOnly(2023, 1, 9));
        await coalition.AddTeamAsync("Central team", marcus, ana);
        await coalition.PlaceAsync(ana, one, 24.04m, new DateOnly(2024, 1, 8), step: 4);
        return new Setup(coalition, ana, one, two, await supervisorUser.SignInAsync(), await (await coalition.AdminAsync()).SignInAsync(), await otherUser.SignInAsync());
    }

    [Fact]
    public async Task Only_a_supervisor_of_the_worker_may_start_a_promotion_review()
    {
        var s = await SetUpAsync();

        var own = await s.Supervisor.TextAsync($"/Careers/Promotions/Start/{s.Worker}");
        var other = await s.OtherSupervisor.GetAsync($"/Careers/Promotions/Start/{s.Worker}");
        var otherPost = await s.OtherSupervisor.PostFormAsync($"/Careers/Promotions/Start/{s.Worker}", new()
        {
            ["Input.LevelId"] = s.Level2.ToString(), ["Input.EffectiveDate"] = "2026-04-01", ["Input.Justification"] = "Ready for the next level: mentors others.",
        }, "/Careers/Me/SelfIdentification");

        Assert.Contains("What Community Health Worker II takes", own);
        Assert.Contains("California CHW certificate", own);
        Assert.Matches("class=\"check-met\">\\s*24 months of experience", own);
        Assert.Matches("class=\"check-missing\">\\s*<strong>Credential:</strong> California CHW certificate", own);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        Assert.Equal(0, await s.Coalition.DbAsync(db => db.Set<PromotionReview>().CountAsync()));
    }

    [Fact]
    public async Task Returning_needs_a_reason_and_approving_places_the_worker_from_the_effective_date()
    {
        var s = await SetUpAsync();
        var start = $"/Careers/Promotions/Start/{s.Worker}";

        var tooShort = await s.Supervisor.PostFormAsync(start, new() { ["Input.LevelId"] = s.Level2.ToString(), ["Input.EffectiveDate"] = "2026-04-01", ["Input.Justification"] = "Ready." });
        var sent = await s.Supervisor.PostFormAsync(start, new()
        {
            ["Input.LevelId"] = s.Level2.ToString(), ["Input.EffectiveDate"] = "2026-04-01",
            ["Input.Justification"] = "Carries a full caseload and mentors the two newest workers.",
        });
        var review = await s.Coalition.DbAsync(db => db.Set<PromotionReview>().SingleAsync());
        var url = $"/Careers/Promotions/{review.Id}";
        var adminHome = await s.Admin.TextAsync("/");
        var noReason = await s.Admin.PostFormAsync(url + "?handler=Return", new() { ["DecisionVersion"] = review.Version.ToString(), ["Reason"] = " " }, url);
        var returned = await s.Admin.PostFormAsync(url + "?handler=Return", new() { ["DecisionVersion"] = review.Version.ToString(), ["Reason"] = "Add how the certificate will be earned." }, url);
        var supervisorHome = await s.Supervisor.TextAsync("/");
        var version = await s.Coalition.DbAsync(db => db.Set<PromotionReview>().Select(r => r.Version).SingleAsync());
        var resent = await s.Supervisor.PostFormAsync(url + "?handler=Resubmit", new()
        {
            ["Input.LevelId"] = s.Level2.ToString(), ["Input.EffectiveDate"] = "2026-04-01", ["Input.Version"] = version.ToString(),
            ["Input.Justification"] = "Carries a full caseload, mentors two workers, and starts the certificate class in March.",
        }, url);
        version = await s.Coalition.DbAsync(db => db.Set<PromotionReview>().Select(r => r.Version).SingleAsync());
        var approved = await s.Admin.PostFormAsync(url + "?handler=Approve", new() { ["DecisionVersion"] = version.ToString() }, url);
        var placements = await s.Coalition.DbAsync(db => db.Set<Placement>().Where(p => p.StaffMemberId == s.Worker).OrderBy(p => p.EffectiveDate).ToListAsync());
        var final = await s.Coalition.DbAsync(db => db.Set<PromotionReview>().SingleAsync());

        Assert.Contains("Write at least 20 characters", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Promotion reviews waiting", adminHome);
        Assert.Contains("Write why you are returning the review", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Returned reviews", supervisorHome);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(PromotionStatus.Approved, final.Status);
        Assert.Equal(2, placements.Count);
        Assert.Equal(s.Level2, placements[1].LevelId);
        Assert.Equal(new DateOnly(2026, 4, 1), placements[1].EffectiveDate);
        Assert.Equal(25.00m, placements[1].HourlyRate);
        Assert.Equal(placements[1].Id, final.PlacementId);
        Assert.True(await s.Coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(PromotionReview))) >= 4);
        Assert.Equal(1, await s.Coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Placement) && a.EntityId == placements[1].Id)));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_a_review()
    {
        var s = await SetUpAsync();
        await s.Supervisor.PostFormAsync($"/Careers/Promotions/Start/{s.Worker}", new()
        {
            ["Input.LevelId"] = s.Level2.ToString(), ["Input.EffectiveDate"] = "2026-04-01", ["Input.Justification"] = "Carries a full caseload and mentors others.",
        });
        var id = await s.Coalition.DbAsync(db => db.Set<PromotionReview>().Select(r => r.Id).SingleAsync());
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Careers/Promotions/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await intruder.TextAsync("/Careers/Promotions"));
        Assert.Contains(id.ToString(), await s.Admin.TextAsync("/Careers/Promotions?status=Submitted"));
    }
}
