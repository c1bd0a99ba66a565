using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

public sealed class PlacementsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_placement_at_a_step_takes_the_step_rate_and_history_keeps_the_earlier_one()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, _) = await coalition.AddLadderAsync();
        var org = await coalition.AddOrganizationAsync();
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz");
        await coalition.PlaceAsync(ana, one, 21.00m, new DateOnly(2025, 1, 6));
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var before = await client.TextAsync($"/Careers/Placements/{ana}");
        var rejected = await client.PostFormAsync($"/Careers/Placements/{ana}", new() { ["Input.LevelId"] = one.ToString(), ["Input.Step"] = "9", ["Input.EffectiveDate"] = "2026-03-01" });
        var saved = await client.PostFormAsync($"/Careers/Placements/{ana}", new() { ["Input.LevelId"] = one.ToString(), ["Input.Step"] = "2", ["Input.EffectiveDate"] = "2026-03-01", ["Input.Note"] = "Step increase" });
        var after = await client.TextAsync($"/Careers/Placements/{ana}");

        Assert.Contains("Paid below the level’s minimum.", before);
        Assert.Contains("This level has steps 1 to 5.", await rejected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("$22.66", after);
        Assert.Contains("$21.00", after);
        Assert.Contains("Step increase", after);
        Assert.DoesNotContain("Paid below the level’s minimum.", after);
        Assert.Equal(2, await coalition.DbAsync(db => db.Set<Placement>().CountAsync()));
        Assert.Equal(2, await coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Placement))));
    }

    [Fact]
    public async Task The_list_shows_compa_ratio_and_penetration_flags_below_minimum_and_the_home_card_counts_them()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, two) = await coalition.AddLadderAsync();
        var org = await coalition.AddOrganizationAsync();
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz");
        var luis = await coalition.AddStaffAsync(org, "Luis", "Soto");
        var marta = await coalition.AddStaffAsync(org, "Marta", "Gil");
        await coalition.PlaceAsync(ana, one, 25.30m, new DateOnly(2025, 1, 6));
        await coalition.PlaceAsync(luis, one, 21.15m, new DateOnly(2025, 1, 6));
        await coalition.PlaceAsync(marta, two, 33.00m, new DateOnly(2025, 1, 6));
        await coalition.PlaceAsync(marta, two, 20.00m, new DateOnly(2027, 1, 6));
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var all = await client.TextAsync("/Careers/Placements?sort=compa");
        var below = await client.TextAsync("/Careers/Placements?flag=BelowMinimum");
        var home = await client.TextAsync("/");

        Assert.Contains("1.00", all);
        Assert.Contains("50 %", all);
        Assert.Contains("Below the minimum ($22.00)", all);
        Assert.Contains("Above the maximum ($32.50)", all);
        Assert.True(all.IndexOf("Luis Soto", StringComparison.Ordinal) < all.IndexOf("Ana Ruiz", StringComparison.Ordinal));
        Assert.Contains("Luis Soto", below);
        Assert.DoesNotContain("Ana Ruiz", below);
        Assert.DoesNotContain("Marta Gil", below);
        Assert.Contains("Paid below their level’s minimum", home);
        Assert.Contains("/Careers/Placements?flag=BelowMinimum", home);
    }

    [Fact]
    public async Task My_path_shows_where_a_worker_stands_and_what_the_next_level_takes()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, _) = await coalition.AddLadderAsync();
        var org = await coalition.AddOrganizationAsync();
        var user = await coalition.UserAsync(CoalitionRole.Worker);
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz", s =>
        {
            s.UserId = user.Id;
            s.HireDate = new DateOnly(2024, 9, 1);
        });
        await coalition.PlaceAsync(ana, one, 22.66m, new DateOnly(2024, 9, 1), step: 2);
        var client = await user.SignInAsync();

        var page = await client.TextAsync("/Careers/MyPath");
        await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Careers" }, "/Careers");
        var spanish = await client.TextAsync("/Careers/MyPath");

        Assert.Contains("Community Health Worker I · Step 2", page);
        Assert.Contains("You have worked here 18 months.", page);
        Assert.Contains("What Community Health Worker II takes", page);
        Assert.Matches("class=\"check-missing\">\\s*24 months of experience", page);
        Assert.Contains("California CHW certificate", page);
        Assert.Contains("To be confirmed", page);
        Assert.Contains("Lo que pide Community Health Worker II", spanish);
        Assert.Contains("Por confirmar", spanish);
    }

    [Fact]
    public async Task My_path_says_so_when_the_account_has_no_staff_record()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        Assert.Contains("Your account is not linked to a staff record", await client.TextAsync("/Careers/MyPath"));
        Assert.Equal(JobFamily.CommunityHealthWorker, default(JobFamily));
    }
}
