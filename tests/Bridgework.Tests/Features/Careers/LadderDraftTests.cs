using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

/// <summary>Starting a family's ladder again: a draft thrown away, and a new one built from nothing.</summary>
public sealed class LadderDraftTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_admin_discards_a_draft_and_starts_an_empty_one_while_the_published_ladder_stays()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (published, _, _) = await coalition.AddLadderAsync();
        var (draft, _, _) = await coalition.AddLadderAsync(LadderStatus.Draft, number: 2);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var refused = await client.PostFormAsync("/Careers/Ladder/New", new() { ["Input.Family"] = "CommunityHealthWorker", ["Input.Name"] = "CHW ladder 2027", ["Input.StartEmpty"] = "true" });
        var confirm = await client.TextAsync($"/Careers/Ladder/{draft}/Discard");
        var discarded = await client.PostFormAsync($"/Careers/Ladder/{draft}/Discard", []);
        var started = await client.PostFormAsync("/Careers/Ladder/New", new() { ["Input.Family"] = "CommunityHealthWorker", ["Input.Name"] = "CHW ladder 2027", ["Input.StartEmpty"] = "true" });
        var fresh = Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
        var page = await client.TextAsync($"/Careers/Ladder/{fresh}");
        var ladders = await coalition.DbAsync(db => db.Set<CareerLadder>().OrderBy(l => l.Number).Select(l => new { l.Id, l.Number, l.Status }).ToListAsync());
        var audited = await coalition.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == draft && a.Action == AuditAction.Deleted));

        Assert.Contains("This family already has a draft. Finish or publish it before starting another.", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Version 2 and its 2 levels will be removed.", confirm);
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("This ladder has no levels yet.", page);
        Assert.Equal([(published, LadderStatus.Published), (fresh, LadderStatus.Draft)], ladders.Select(l => (l.Id, l.Status)));
        Assert.Equal(0, await coalition.DbAsync(db => db.Set<LadderLevel>().CountAsync(l => l.LadderId == draft || l.LadderId == fresh)));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task A_published_ladder_cannot_be_discarded_and_another_coalition_cannot_reach_a_draft()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (published, _, _) = await coalition.AddLadderAsync();
        var (draft, _, _) = await coalition.AddLadderAsync(LadderStatus.Draft, number: 2);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Careers/Ladder/{published}/Discard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Careers/Ladder/{draft}/Discard")).StatusCode);
        Assert.Equal(2, await coalition.DbAsync(db => db.Set<CareerLadder>().CountAsync()));
    }
}
