using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// Each worker's current placement: the latest one in effect today (by effective date, then by when it
/// was recorded), with its level's range, computed in the database.
/// </summary>
public sealed class CurrentPlacements(AppDbContext db, CoalitionCalendar calendar)
{
    public async Task<IQueryable<Current>> CurrentAsync(CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var all = db.Set<Placement>().AsNoTracking();
        return all
            .Where(p => p.EffectiveDate <= today)
            .Where(p => !all.Any(q => q.StaffMemberId == p.StaffMemberId && q.EffectiveDate <= today
                && (q.EffectiveDate > p.EffectiveDate || (q.EffectiveDate == p.EffectiveDate && q.RecordedAt > p.RecordedAt))))
            .Join(db.Set<LadderLevel>(), p => p.LevelId, l => l.Id, (p, l) => new { p, l })
            .Join(db.Set<CareerLadder>(), x => x.l.LadderId, d => d.Id, (x, d) => new { x.p, x.l, d })
            .Join(db.Set<StaffMember>(), x => x.p.StaffMemberId, s => s.Id, (x, s) => new Current
            {
                PlacementId = x.p.Id,
                StaffMemberId = s.Id,
                Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                LastName = s.LegalLastName,
                Status = s.Status,
                Family = x.d.Family,
                LadderId = x.d.Id,
                LevelId = x.l.Id,
                Level = x.l.Title,
                Rank = x.l.Rank,
                Step = x.p.Step,
                HourlyRate = x.p.HourlyRate,
                EffectiveDate = x.p.EffectiveDate,
                MinHourly = x.l.MinHourly,
                MidHourly = x.l.MidHourly,
                MaxHourly = x.l.MaxHourly,
            });
    }

    public async Task<int> BelowMinimumCountAsync(CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken))
            .CountAsync(c => c.Status != EmploymentStatus.Separated && c.HourlyRate < c.MinHourly, cancellationToken);

    public sealed class Current
    {
        public Guid PlacementId { get; init; }

        public Guid StaffMemberId { get; init; }

        public string Name { get; init; } = "";

        public string LastName { get; init; } = "";

        public EmploymentStatus Status { get; init; }

        public CareerFamily Family { get; init; }

        public Guid LadderId { get; init; }

        public Guid LevelId { get; init; }

        public string Level { get; init; } = "";

        public int Rank { get; init; }

        public int? Step { get; init; }

        public decimal HourlyRate { get; init; }

        public DateOnly EffectiveDate { get; init; }

        public decimal MinHourly { get; init; }

        public decimal MidHourly { get; init; }

        public decimal MaxHourly { get; init; }

        public decimal? CompaRatio => PayMath.CompaRatio(HourlyRate, MidHourly);

        public decimal? Penetration => PayMath.RangePenetration(HourlyRate, MinHourly, MaxHourly);

        public RangePosition Position => PayMath.Position(HourlyRate, MinHourly, MaxHourly);
    }
}
