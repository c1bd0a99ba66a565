using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Careers.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Careers;

public sealed class NetworkRangesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_network_admin_sees_names_only_of_coalitions_that_opted_in_and_the_others_as_letters()
    {
        var sharing = await TestCoalition.CreateAsync(app, "Sharing Care Coalition " + Guid.NewGuid().ToString("N")[..6]);
        var quiet = await TestCoalition.CreateAsync(app, "Quiet Care Coalition " + Guid.NewGuid().ToString("N")[..6]);
        await sharing.AddLadderAsync();
        await quiet.AddLadderAsync();
        var admin = await (await sharing.AdminAsync()).SignInAsync();
        await admin.PostFormAsync("/Careers/Settings", new() { ["HoursPerYear"] = "2080", ["ShareWithNetwork"] = "true" });
        var network = await (await Accounts.NetworkAdminAsync(app)).SignInAsync();
        var names = await app.InScopeAsync(sp => sp.GetRequiredService<Bridgework.Web.Platform.Data.AppDbContext>().Coalitions
            .Where(c => c.Id == sharing.Id || c.Id == quiet.Id).Select(c => c.Name).ToListAsync());

        var page = await network.TextAsync("/Careers/Network");
        var forbidden = await admin.GetAsync("/Careers/Network");

        Assert.Contains(names.Single(n => n.StartsWith("Sharing", StringComparison.Ordinal)), page);
        Assert.DoesNotContain(names.Single(n => n.StartsWith("Quiet", StringComparison.Ordinal)), page);
        Assert.Matches("Coalition [A-Z]", page);
        Assert.Contains("Level 1 across the network", page);
        Assert.Contains("/Errors/403", forbidden.Headers.Location?.ToString());
    }

    [Fact]
    public void Letters_go_to_the_coalitions_that_keep_their_name_and_the_median_midpoint_is_across_coalitions()
    {
        var (x, y, z) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var levels = new List<NetworkRanges.Range>
        {
            new(x, CareerFamily.CommunityHealthWorker, 1, "CHW I", 20m, 24m, 28m),
            new(y, CareerFamily.CommunityHealthWorker, 1, "Health Worker I", 22m, 26m, 30m),
            new(z, CareerFamily.CommunityHealthWorker, 1, "Promotor I", 21m, 25m, 33m),
        };

        var result = NetworkRanges.Compute(levels, [(x, "Valle Central", false), (y, "North Coast", true), (z, "Inland Bay", false)]);
        var rank = result.Single().Ranks.Single();

        Assert.Equal(["North Coast", "A", "B"], rank.Coalitions.Select(c => c.Coalition));
        Assert.Equal([false, true, true], rank.Coalitions.Select(c => c.Anonymous));
        Assert.DoesNotContain(rank.Coalitions, c => c.Coalition is "Valle Central" or "Inland Bay");
        Assert.Equal(20m, rank.LowestMinimum);
        Assert.Equal(25m, rank.MedianMidpoint);
        Assert.Equal(33m, rank.HighestMaximum);
    }
}
