using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Careers.Simulation;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

public sealed class SimulationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_draft_shows_who_would_move_and_the_added_annual_cost_by_organization()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, two) = await coalition.AddLadderAsync();
        var (draft, draftOne, draftTwo) = await coalition.AddLadderAsync(LadderStatus.Draft, number: 2);
        await coalition.DbAsync(async db =>
        {
            var levels = await db.Set<LadderLevel>().Where(l => l.LadderId == draft).ToListAsync();
            levels.Single(l => l.Id == draftOne).MinHourly = 23.00m;
            levels.Single(l => l.Id == draftTwo).MinHourly = 26.00m;
            return await db.SaveChangesAsync();
        });
        var clinic = await coalition.AddOrganizationAsync("Valley Clinic");
        var outreach = await coalition.AddOrganizationAsync("Outreach Partners");
        var ana = await coalition.AddStaffAsync(clinic, "Ana", "Ruiz");
        var ben = await coalition.AddStaffAsync(clinic, "Ben", "Soto", s => s.Fte = 0.5m);
        var cruz = await coalition.AddStaffAsync(outreach, "Cruz", "Diaz");
        await coalition.PlaceAsync(ana, one, 22.66m, new DateOnly(2025, 1, 6), step: 2);
        await coalition.PlaceAsync(ben, one, 21.00m, new DateOnly(2025, 1, 6));
        await coalition.PlaceAsync(cruz, two, 30.00m, new DateOnly(2025, 1, 6));
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var page = await client.TextAsync($"/Careers/Simulation/{draft}");
        var xlsx = await client.GetAsync($"/Careers/Simulation/{draft}?handler=Download&format=xlsx");
        var published = await client.GetAsync($"/Careers/Simulation/{(await coalition.DbAsync(db => db.Set<CareerLadder>().Where(l => l.Number == 1).Select(l => l.Id).SingleAsync()))}");

        // Ana: step 2 of the draft is $23.69 (23.00 × 1.03), $1.03 more for 2,080 hours = $2,142.40.
        // Ben: $21.00 raised to $23.00 for 1,040 hours (half time) = $2,080.00. Cruz stays at $30.00.
        Assert.Matches("Raised to the new minimum</dt><dd>1</dd>", page);
        Assert.Matches("Step rate changes</dt><dd>1</dd>", page);
        Assert.Matches("No change</dt><dd>1</dd>", page);
        Assert.Contains("$4,222", page);
        Assert.Contains("Valley Clinic", page);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
    }

    [Fact]
    public void The_simulation_arithmetic_never_lowers_pay_and_sums_by_organization()
    {
        var published = new CareerLadder { Name = "Ladder", Number = 1, Status = LadderStatus.Published };
        var draft = new CareerLadder { Name = "Ladder", Number = 2, Status = LadderStatus.Draft };
        var old = new LadderLevel { Title = "CHW I", Rank = 1, MinHourly = 22m, MidHourly = 25m, MaxHourly = 28m, Steps = 5, StepPercent = 3m };
        var next = new LadderLevel { Title = "CHW I", Rank = 1, MinHourly = 21m, MidHourly = 24m, MaxHourly = 27m, Steps = 5, StepPercent = 3m };
        var people = new List<BudgetSimulation.Worker>
        {
            new(Guid.NewGuid(), "Ana", "Clinic", 1m, old.Id, 1, "CHW I", 3, 23.34m),
            new(Guid.NewGuid(), "Ben", "Clinic", 1m, old.Id, 1, "CHW I", null, 26m),
            new(Guid.NewGuid(), "Cruz", "Outreach", 1m, Guid.NewGuid(), 2, "CHW II", null, 30m),
        };

        var result = BudgetSimulation.Compute(draft, published, [next], [old], people, 2080);

        Assert.Equal(2, result.Count(Move.Unchanged));
        Assert.Equal(1, result.Count(Move.NoMatchingLevel));
        Assert.Equal(0m, result.TotalCost);
        Assert.Equal(2, result.ByOrganization.Count);
        Assert.Equal(PayMath.Cents((23.34m + 26m) * 2080), result.ByOrganization.Single(o => o.Organization == "Clinic").AnnualNow);
    }
}
