using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers.Benchmarks;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Careers;

public sealed class BenchmarksTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_level_whose_minimum_is_below_the_living_wage_of_the_coalitions_county_is_flagged_on_the_ladder()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (ladder, _, _) = await coalition.AddLadderAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var before = await client.TextAsync($"/Careers/Ladder/{ladder}");
        await client.PostFormAsync("/Careers/Settings", new() { ["HoursPerYear"] = "2080", ["County"] = "Fresno", ["Household"] = "1 adult 0 children" });
        var saved = await client.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "LivingWage", ["Input.Source"] = "MIT Living Wage Calculator", ["Input.Year"] = "2025",
            ["Input.County"] = "Fresno", ["Input.HouseholdType"] = "1 adult 0 children", ["Input.Hourly"] = "23.50",
        });
        await client.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "Market", ["Input.Source"] = "BLS OEWS", ["Input.Year"] = "2024", ["Input.Region"] = "National",
            ["Input.OccupationCode"] = "21-1094", ["Input.P10"] = "18.66", ["Input.Median"] = "24.93", ["Input.P90"] = "37.11",
        });
        var after = await client.TextAsync($"/Careers/Ladder/{ladder}");

        Assert.DoesNotContain("below the living wage", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single(Regex.Matches(after, "The minimum is below the living wage of Fresno County \\(\\$23.50 an hour, 1 adult 0 children\\)"));
        Assert.Contains("Minimum at or above the living wage", after);
        Assert.Contains("Market median (BLS OEWS 2024)", after);
        Assert.Contains("data-chart=", after);
        Assert.Equal(2, await coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(PayBenchmark))));
    }

    [Fact]
    public async Task A_benchmark_that_breaks_the_rules_comes_back_with_messages_beside_the_fields_and_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "Market", ["Input.Source"] = "Regional survey", ["Input.Year"] = "2025", ["Input.OccupationCode"] = "211094",
            ["Input.P10"] = "30.00", ["Input.Median"] = "24.00",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write the occupation code as two digits, a dash and four digits", html);
        Assert.Contains("Enter the region the figures describe", html);
        Assert.Contains("Each percentile must be at least the one before it.", html);
        Assert.Contains("value=\"Regional survey\"", html);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<PayBenchmark>().CountAsync(b => b.Source == "Regional survey")));
    }

    [Fact]
    public async Task A_coalitions_benchmark_is_its_own_and_a_network_wide_one_is_seen_by_every_coalition()
    {
        var one = await TestCoalition.CreateAsync(app);
        var two = await TestCoalition.CreateAsync(app);
        var first = await (await one.AdminAsync()).SignInAsync();
        var second = await (await two.AdminAsync()).SignInAsync();
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();
        var source = "Valley wage survey " + Guid.NewGuid().ToString("N")[..6];
        var shared = "Statewide study " + Guid.NewGuid().ToString("N")[..6];

        await first.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "Market", ["Input.Source"] = source, ["Input.Year"] = "2025", ["Input.Region"] = "Central Valley",
            ["Input.OccupationCode"] = "21-1094", ["Input.Median"] = "23.10",
        });
        var networkForm = await network.TextAsync("/Careers/Benchmarks/New");
        await network.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "Market", ["Input.Source"] = shared, ["Input.Year"] = "2025", ["Input.Region"] = "California",
            ["Input.OccupationCode"] = "21-1094", ["Input.Median"] = "26.40",
        });
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<PayBenchmark>().Where(b => b.Source == source).Select(b => b.Id).SingleAsync());
        var networkHome = await network.TextAsync("/");

        Assert.Contains(source, await first.TextAsync("/Careers/Benchmarks"));
        Assert.DoesNotContain(source, await second.TextAsync("/Careers/Benchmarks"));
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/Careers/Benchmarks/{id}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await network.GetAsync($"/Careers/Benchmarks/{id}/Edit")).StatusCode);
        Assert.Contains(shared, await first.TextAsync("/Careers/Benchmarks"));
        Assert.Contains(shared, await second.TextAsync("/Careers/Benchmarks?kind=Market&code=21-1094"));
        Assert.DoesNotContain(source, await network.TextAsync("/Careers/Benchmarks"));
        Assert.Contains("Add a benchmark", networkForm);
        Assert.Contains("href=\"/Careers/Benchmarks\"", networkHome);
    }

    [Fact]
    public async Task A_network_wide_benchmark_edit_goes_to_the_networks_own_trail_and_never_to_a_coalitions()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();
        var shared = "Network wage study " + Guid.NewGuid().ToString("N")[..6];

        await network.PostFormAsync("/Careers/Benchmarks/New", new()
        {
            ["Input.Kind"] = "Market", ["Input.Source"] = shared, ["Input.Year"] = "2025", ["Input.Region"] = "California",
            ["Input.OccupationCode"] = "21-1094", ["Input.Median"] = "26.40",
        });
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<PayBenchmark>().Where(b => b.Source == shared).Select(b => b.Id).SingleAsync());
        var networkTrail = await network.TextAsync($"/Audit?Filter.Record={id}");
        var coalitionTrail = await admin.TextAsync($"/Audit?Filter.Record={id}");

        Assert.Contains("records the whole network shares", networkTrail);
        Assert.Contains(shared, networkTrail);
        Assert.Contains("Pay benchmark", networkTrail);
        Assert.DoesNotContain(shared, coalitionTrail);
        Assert.Equal(0, await coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id)));
    }
}
