using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

public sealed class LadderPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_published_ladder_shows_hourly_and_annual_ranges_steps_and_differentials()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (ladder, _, _) = await coalition.AddLadderAsync();
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var list = await client.TextAsync("/Careers");
        var page = await client.TextAsync($"/Careers/Ladder/{ladder}");

        Assert.Contains($"href=\"/Careers/Ladder/{ladder}\"", list);
        Assert.Contains("$22.00 – $28.60", page);
        Assert.Contains("$45,760 – $59,488", page);
        var steps = System.Text.RegularExpressions.Regex.Match(page, "<p class=\"steps-line\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.True(steps.Contains("1: $22.00 · 2: $22.66 · 3: $23.34 · 4: $24.04 · 5: $24.76", StringComparison.Ordinal), steps);
        Assert.Contains("Bilingual: $1.50", page);
        Assert.DoesNotContain("Publish this draft", page);
    }

    [Fact]
    public async Task Annual_pay_follows_the_coalitions_hours_per_year()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (ladder, _, _) = await coalition.AddLadderAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var rejected = await client.PostFormAsync("/Careers/Settings", new() { ["HoursPerYear"] = "40" });
        var saved = await client.PostFormAsync("/Careers/Settings", new() { ["HoursPerYear"] = "1950" });
        var page = await client.TextAsync($"/Careers/Ladder/{ladder}");

        Assert.Contains("Enter the paid hours in a year as a number from 1,000 to 3,000.", await rejected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("$42,900 – $55,770", page);
    }

    [Fact]
    public async Task Workers_and_supervisors_read_published_ladders_but_not_drafts_or_admin_pages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (draft, level, _) = await coalition.AddLadderAsync(LadderStatus.Draft);
        var worker = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();
        var supervisor = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/Careers/Ladder/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/Careers/Ladder/{draft}/Print")).StatusCode);
        Assert.DoesNotContain(draft.ToString(), await worker.TextAsync("/Careers"));
        DirectoryTests.AssertForbidden(await worker.GetAsync($"/Careers/Level/{level}/Edit"));
        DirectoryTests.AssertForbidden(await supervisor.GetAsync("/Careers/Placements"));
        DirectoryTests.AssertForbidden(await worker.GetAsync("/Careers/Ladder/New"));
    }

    [Fact]
    public async Task A_level_range_must_be_in_order_with_every_step_inside_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (draft, level, _) = await coalition.AddLadderAsync(LadderStatus.Draft);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = await coalition.DbAsync(db => db.Set<LadderLevel>().Where(l => l.Id == level).Select(l => l.Version).SingleAsync());

        var response = await client.PostFormAsync($"/Careers/Level/{level}/Edit", new()
        {
            ["Input.Rank"] = "1",
            ["Input.Title"] = "CHW I (entry)",
            ["Input.MinHourly"] = "24.00",
            ["Input.MidHourly"] = "23.00",
            ["Input.MaxHourly"] = "26.00",
            ["Input.Steps"] = "0",
            ["Input.StepPercent"] = "0",
            ["Input.Version"] = version.ToString(),
        });
        var html = await response.Content.ReadAsStringAsync();
        var steps = await client.PostFormAsync($"/Careers/Level/{level}/Edit", new()
        {
            ["Input.Rank"] = "1",
            ["Input.Title"] = "CHW I",
            ["Input.MinHourly"] = "22.00",
            ["Input.MidHourly"] = "23.00",
            ["Input.MaxHourly"] = "24.00",
            ["Input.Steps"] = "5",
            ["Input.StepPercent"] = "3",
            ["Input.Version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The midpoint cannot be below the minimum.", html);
        Assert.Contains("value=\"CHW I (entry)\"", html);
        Assert.Contains("The top step ($24.76) would be above the maximum. Use fewer steps or a smaller increase.", await steps.Content.ReadAsStringAsync());
        Assert.Equal(22.00m, await coalition.DbAsync(db => db.Set<LadderLevel>().Where(l => l.Id == level).Select(l => l.MinHourly).SingleAsync()));
        Assert.NotEqual(Guid.Empty, draft);
    }

    [Fact]
    public async Task A_draft_copies_the_published_ladder_is_compared_and_published_and_the_old_version_stays_readable()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (published, _, _) = await coalition.AddLadderAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var started = await client.PostFormAsync("/Careers/Ladder/New", new() { ["Input.Family"] = "CommunityHealthWorker", ["Input.Name"] = "CHW ladder 2026" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var draftUrl = started.Headers.Location!.OriginalString;
        var draft = Guid.Parse(draftUrl.Split('/').Last());
        var levelOne = await coalition.DbAsync(db => db.Set<LadderLevel>().SingleAsync(l => l.LadderId == draft && l.Rank == 1));

        var edited = await client.PostFormAsync($"/Careers/Level/{levelOne.Id}/Edit", new()
        {
            ["Input.Rank"] = "1",
            ["Input.Title"] = "Community Health Worker I",
            ["Input.MinHourly"] = "23.50",
            ["Input.MidHourly"] = "26.50",
            ["Input.MaxHourly"] = "29.50",
            ["Input.Steps"] = "5",
            ["Input.StepPercent"] = "3",
            ["Input.Courses"] = "CHW core skills",
            ["Input.ExperienceEquivalencies"] = "Lived and volunteer experience count.",
            ["Input.Version"] = levelOne.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var compare = await client.TextAsync($"/Careers/Ladder/{draft}/Compare");
        Assert.Contains("<del>$22.00 – $28.60</del>", compare);
        Assert.Contains("<ins>$23.50 – $29.50</ins>", compare);
        Assert.Contains("<ins>CHW ladder 2026</ins>", compare);

        var twice = await client.PostFormAsync("/Careers/Ladder/New", new() { ["Input.Family"] = "CommunityHealthWorker", ["Input.Name"] = "Another" });
        Assert.Contains("This family already has a draft.", await twice.Content.ReadAsStringAsync());

        var version = await coalition.DbAsync(db => db.Set<CareerLadder>().Where(l => l.Id == draft).Select(l => l.Version).SingleAsync());
        var early = await client.PostFormAsync($"/Careers/Ladder/{draft}?handler=Publish", new() { ["Publish.EffectiveDate"] = "2025-01-01", ["Publish.Version"] = version.ToString() }, draftUrl);
        Assert.Contains("The effective date cannot be before the date the current version took effect.", await early.Content.ReadAsStringAsync());
        var done = await client.PostFormAsync($"/Careers/Ladder/{draft}?handler=Publish", new() { ["Publish.EffectiveDate"] = "2026-04-01", ["Publish.Version"] = version.ToString() }, draftUrl);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var statuses = await coalition.DbAsync(db => db.Set<CareerLadder>().OrderBy(l => l.Number).Select(l => new { l.Status, l.EffectiveDate }).ToListAsync());
        Assert.Equal([LadderStatus.Superseded, LadderStatus.Published], statuses.Select(s => s.Status));
        Assert.Equal(new DateOnly(2026, 4, 1), statuses[1].EffectiveDate);
        var worker = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();
        var old = await worker.TextAsync($"/Careers/Ladder/{published}");
        Assert.Contains("Superseded", old);
        Assert.Contains("$22.00 – $28.60", old);
        var audit = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == draft).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.Updated, audit);
    }

    [Fact]
    public async Task The_print_ladder_is_one_page_in_english_and_spanish()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (ladder, _, _) = await coalition.AddLadderAsync();
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var english = await client.TextAsync($"/Careers/Ladder/{ladder}/Print");
        await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Careers" }, "/Careers");
        var spanish = await client.TextAsync($"/Careers/Ladder/{ladder}/Print");

        Assert.Contains("Hourly range", english);
        Assert.Contains("24 months of experience", english);
        Assert.Contains("Rango por hora", spanish);
        Assert.Contains("24 meses de experiencia", spanish);
        Assert.Contains("Trabajador(a) comunitario(a) de salud", spanish);
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_ladders_levels_and_placements()
    {
        var owner = await TestCoalition.CreateAsync(app);
        var (ladder, level, _) = await owner.AddLadderAsync(LadderStatus.Draft);
        var org = await owner.AddOrganizationAsync();
        var staff = await owner.AddStaffAsync(org, "Ana", "Ruiz");
        var other = await TestCoalition.CreateAsync(app);
        var intruder = await (await other.AdminAsync()).SignInAsync();

        foreach (var url in new[]
        {
            $"/Careers/Ladder/{ladder}", $"/Careers/Ladder/{ladder}/Print", $"/Careers/Ladder/{ladder}/Compare", $"/Careers/Ladder/{ladder}/Edit",
            $"/Careers/Ladder/{ladder}/Levels/New", $"/Careers/Level/{level}/Edit", $"/Careers/Placements/{staff}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        }
    }
    [Fact]
    public async Task A_level_saved_by_someone_else_meanwhile_is_not_overwritten_and_what_was_typed_is_kept()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, level, _) = await coalition.AddLadderAsync(LadderStatus.Draft);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync($"/Careers/Level/{level}/Edit", new()
        {
            ["Input.Rank"] = "1",
            ["Input.Title"] = "CHW I (stale)",
            ["Input.MinHourly"] = "22.00",
            ["Input.MidHourly"] = "25.00",
            ["Input.MaxHourly"] = "28.00",
            ["Input.Version"] = Guid.NewGuid().ToString(),
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this level while you were editing.", html);
        Assert.Contains("value=\"CHW I (stale)\"", html);
        Assert.Equal("Community Health Worker I", await coalition.DbAsync(db => db.Set<LadderLevel>().Where(l => l.Id == level).Select(l => l.Title).SingleAsync()));
    }
}
