using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Simulation;

public enum Move
{
    Unchanged = 0,

    /// <summary>Paid at a step of the published level; the draft changes that step's rate.</summary>
    StepChange = 1,

    /// <summary>Below the draft level's minimum: raised to it.</summary>
    RaisedToMinimum = 2,

    /// <summary>The draft has no level of the same rank; the person keeps their rate until placed again.</summary>
    NoMatchingLevel = 3,
}

/// <summary>
/// What publishing a draft would do to pay, before it is published: each worker on the family's published
/// ladder is matched to the draft level of the same rank. Someone paid at a step moves to the draft's rate for
/// that step; anyone left under the draft minimum is raised to it; nobody's pay goes down. The annual cost is
/// the hourly change times the coalition's paid hours in a year times the person's FTE, summed by organization.
/// </summary>
public sealed class BudgetSimulation(AppDbContext db, CurrentPlacements placements, CareerPay pay)
{
    public async Task<Result?> RunAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var draft = await db.Set<CareerLadder>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == draftId && l.Status == LadderStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var published = await db.Set<CareerLadder>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.Family == draft.Family && l.Status == LadderStatus.Published, cancellationToken);
        var draftLevels = await db.Set<LadderLevel>().AsNoTracking().Where(l => l.LadderId == draft.Id).OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        var publishedLevels = published is null
            ? []
            : await db.Set<LadderLevel>().AsNoTracking().Where(l => l.LadderId == published.Id).ToListAsync(cancellationToken);
        var hours = await pay.HoursPerYearAsync(cancellationToken);
        var people = published is null
            ? []
            : await (await placements.CurrentAsync(cancellationToken))
                .Where(c => c.LadderId == published.Id && c.Status != EmploymentStatus.Separated)
                .Join(db.Set<StaffMember>(), c => c.StaffMemberId, s => s.Id, (c, s) => new { c, s.OrganizationId, s.Fte })
                .Join(db.Set<Organization>(), x => x.OrganizationId, o => o.Id, (x, o) => new Worker(
                    x.c.StaffMemberId, x.c.Name, o.Name, x.Fte, x.c.LevelId, x.c.Rank, x.c.Level, x.c.Step, x.c.HourlyRate))
                .ToListAsync(cancellationToken);
        return Compute(draft, published, draftLevels, publishedLevels, people, hours);
    }

    /// <summary>The arithmetic, apart from the database, so it can be checked on a known set.</summary>
    public static Result Compute(
        CareerLadder draft, CareerLadder? published, IReadOnlyList<LadderLevel> draftLevels, IReadOnlyList<LadderLevel> publishedLevels,
        IReadOnlyList<Worker> people, int hoursPerYear)
    {
        var rows = new List<Row>();
        foreach (var person in people.OrderBy(p => p.Organization, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var old = publishedLevels.FirstOrDefault(l => l.Id == person.LevelId);
            var next = draftLevels.FirstOrDefault(l => l.Rank == person.Rank);
            if (next is null)
            {
                rows.Add(new Row(person, null, person.HourlyRate, Move.NoMatchingLevel, 0));
                continue;
            }

            var rate = person.HourlyRate;
            var move = Move.Unchanged;
            if (person.Step is { } step && old is not null && next.Steps > 0
                && person.HourlyRate == PayMath.StepRate(old.MinHourly, old.StepPercent, Math.Min(step, Math.Max(old.Steps, 1))))
            {
                var stepRate = PayMath.StepRate(next.MinHourly, next.StepPercent, Math.Min(step, next.Steps));
                if (stepRate > rate)
                {
                    rate = stepRate;
                    move = Move.StepChange;
                }
            }

            if (rate < next.MinHourly)
            {
                rate = next.MinHourly;
                move = Move.RaisedToMinimum;
            }

            var annual = PayMath.Cents((rate - person.HourlyRate) * hoursPerYear * person.Fte);
            rows.Add(new Row(person, next.Title, rate, move, annual));
        }

        var byOrganization = rows.GroupBy(r => r.Worker.Organization)
            .Select(g => new OrganizationCost(
                g.Key,
                g.Count(),
                g.Count(r => r.Move is Move.StepChange or Move.RaisedToMinimum),
                PayMath.Cents(g.Sum(r => r.Worker.HourlyRate * hoursPerYear * r.Worker.Fte)),
                PayMath.Cents(g.Sum(r => r.NewRate * hoursPerYear * r.Worker.Fte)),
                g.Sum(r => r.AnnualCost)))
            .OrderByDescending(o => o.AnnualCost).ThenBy(o => o.Organization, StringComparer.Ordinal)
            .ToList();
        return new Result(draft, published, hoursPerYear, rows, byOrganization);
    }

    public sealed record Worker(Guid StaffMemberId, string Name, string Organization, decimal Fte, Guid LevelId, int Rank, string Level, int? Step, decimal HourlyRate);

    public sealed record Row(Worker Worker, string? NewLevel, decimal NewRate, Move Move, decimal AnnualCost);

    public sealed record OrganizationCost(string Organization, int People, int Moving, decimal AnnualNow, decimal AnnualAfter, decimal AnnualCost);

    public sealed record Result(CareerLadder Draft, CareerLadder? Published, int HoursPerYear, IReadOnlyList<Row> Rows, IReadOnlyList<OrganizationCost> ByOrganization)
    {
        public int Count(Move move) => Rows.Count(r => r.Move == move);

        public decimal TotalCost => ByOrganization.Sum(o => o.AnnualCost);
    }
}
