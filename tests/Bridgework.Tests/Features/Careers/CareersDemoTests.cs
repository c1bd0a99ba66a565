using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Careers;

/// <summary>Every demo sign-in finds Careers alive.</summary>
public sealed class CareersDemoTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Each_demo_coalition_has_published_chw_and_peer_ladders_a_draft_and_every_active_worker_placed()
    {
        var slugs = DemoSeeding.DemoCoalitions.Select(c => c.Slug).ToList();
        var ids = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Coalitions
            .Where(c => slugs.Contains(c.Slug)).Select(c => c.Id).ToListAsync());

        foreach (var id in ids)
        {
            var ladders = await app.DbAsync(id, db => db.Set<CareerLadder>().Select(l => new { l.Family, l.Status }).ToListAsync());
            Assert.Contains(ladders, l => l.Family == CareerFamily.CommunityHealthWorker && l.Status == LadderStatus.Published);
            Assert.Contains(ladders, l => l.Family == CareerFamily.PeerSupportSpecialist && l.Status == LadderStatus.Published);
            Assert.Single(ladders, l => l.Status == LadderStatus.Draft);

            var unplaced = await app.DbAsync(id, db => db.Set<StaffMember>()
                .Where(s => s.Status != EmploymentStatus.Separated && s.JobFamily != JobFamily.ClinicalTeamMember && s.JobFamily != JobFamily.Other)
                .CountAsync(s => !db.Set<Placement>().Any(p => p.StaffMemberId == s.Id)));
            Assert.Equal(0, unplaced);
        }
    }

    [Fact]
    public async Task The_demo_worker_sees_their_path_and_the_admin_sees_who_is_paid_below_minimum()
    {
        var worker = await new TestUser(app, Guid.Empty, "worker@demo.test", DemoContext.Password).SignInAsync();
        var admin = await new TestUser(app, Guid.Empty, "coalition.admin@demo.test", DemoContext.Password).SignInAsync();

        var path = await worker.TextAsync("/Careers/MyPath");
        var home = await admin.TextAsync("/");
        var workerHome = await worker.TextAsync("/");

        Assert.Contains("Where you stand", path);
        Assert.Contains("You are here", path);
        Assert.Contains("Paid below their level’s minimum", home);
        Assert.Matches("<a class=\"need-card\" href=\"/Careers/MyPath\">\\s*<span class=\"count\">1</span>\\s*<span class=\"title\">Still to meet for Senior Promotor\\(a\\)</span>", workerHome);
        Assert.DoesNotContain("Still to meet for", home);
    }

    [Fact]
    public async Task The_demo_admin_has_a_promotion_review_waiting_and_benchmarks_flag_a_level_below_the_living_wage()
    {
        var admin = await new TestUser(app, Guid.Empty, "coalition.admin@demo.test", DemoContext.Password).SignInAsync();
        var network = await new TestUser(app, Guid.Empty, "network.admin@demo.test", DemoContext.Password).SignInAsync();
        var worker = await new TestUser(app, Guid.Empty, "worker@demo.test", DemoContext.Password).SignInAsync();
        var ladder = await app.DbAsync(await FirstCoalitionAsync(), db => db.Set<CareerLadder>()
            .Where(l => l.Family == CareerFamily.CommunityHealthWorker && l.Status == LadderStatus.Published).Select(l => l.Id).SingleAsync());

        var home = await admin.TextAsync("/");
        var details = await admin.TextAsync($"/Careers/Ladder/{ladder}");
        var benchmarks = await admin.TextAsync("/Careers/Benchmarks");
        var equity = await admin.TextAsync("/Careers/Equity?dimension=Gender");
        var ranges = await network.TextAsync("/Careers/Network");
        var path = await worker.TextAsync("/Careers/MyPath");

        Assert.Contains("Promotion reviews waiting", home);
        Assert.Contains("The minimum is below the living wage of Fresno County", details);
        Assert.Contains("21-1094", benchmarks);
        Assert.Contains("Fewer than 5 people: not shown", equity);
        Assert.Matches("Woman</td>\\s*<td data-label=\"People\" class=\"text-lg-end\">\\d+</td>", equity);
        Assert.Contains("Valle Central Whole Person Care Coalition", ranges);
        Assert.Contains("North Coast Care Collaborative", ranges);
        Assert.DoesNotContain("Inland Bay Health Partnership", ranges);
        Assert.Contains("Coalition A", ranges);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(path, "class=\"check-missing\""));
    }

    private async Task<Guid> FirstCoalitionAsync()
    {
        var slug = DemoSeeding.DemoCoalitions[0].Slug;
        return await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Coalitions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
    }
}
