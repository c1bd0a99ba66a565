using Bridgework.Web.Features.Careers.Promotions;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// A worker's own ladder: where they stand and what the next level takes, in the same checklist a
/// supervisor starts a promotion review from.
/// </summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class MyPathModel(AppDbContext db, LadderReader reader, CoalitionCalendar calendar, PromotionChecklist checklist) : PageModel
{
    public bool HasStaffRecord { get; private set; }

    public LadderView? Ladder { get; private set; }

    public CurrentPlacement? Current { get; private set; }

    public LadderLevel? CurrentLevel { get; private set; }

    public LadderLevel? NextLevel { get; private set; }

    public int? MonthsOfService { get; private set; }

    public IReadOnlyList<PromotionChecklist.Item> Checklist { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var me = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.UserId != null && s.UserId == userId)
            .Select(s => new { s.Id, s.JobFamily })
            .FirstOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return;
        }

        HasStaffRecord = true;
        var today = await calendar.TodayAsync(cancellationToken);
        var standing = await checklist.ForAsync(me.Id, cancellationToken);
        MonthsOfService = standing?.MonthsOfService;

        Current = await db.Set<Placement>().AsNoTracking()
            .Where(p => p.StaffMemberId == me.Id && p.EffectiveDate <= today)
            .OrderByDescending(p => p.EffectiveDate).ThenByDescending(p => p.RecordedAt)
            .Join(db.Set<LadderLevel>(), p => p.LevelId, l => l.Id, (p, l) => new { p, l })
            .Join(db.Set<CareerLadder>(), x => x.l.LadderId, d => d.Id, (x, d) => new CurrentPlacement(
                d.Family, x.l.Rank, x.l.Title, x.p.Step, x.p.HourlyRate, x.p.EffectiveDate, x.l.MinHourly, x.l.MidHourly, x.l.MaxHourly))
            .FirstOrDefaultAsync(cancellationToken);

        var family = Current?.Family ?? CareersLabels.FamilyFor(me.JobFamily);
        if (family is null)
        {
            return;
        }

        var published = await db.Set<CareerLadder>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.Family == family && l.Status == LadderStatus.Published, cancellationToken);
        if (published is null)
        {
            return;
        }

        Ladder = await reader.ViewOfAsync(published, cancellationToken);
        CurrentLevel = Current is null ? null : Ladder.Levels.FirstOrDefault(l => l.Rank == Current.Rank);
        NextLevel = Current is null ? (Ladder.Levels.Count > 0 ? Ladder.Levels[0] : null) : Ladder.Levels.FirstOrDefault(l => l.Rank > Current.Rank);
        if (NextLevel is not null && standing?.NextLevel?.Id == NextLevel.Id)
        {
            Checklist = standing.Items;
        }
    }

    public sealed record CurrentPlacement(
        CareerFamily Family, int Rank, string Level, int? Step, decimal HourlyRate, DateOnly EffectiveDate,
        decimal MinHourly, decimal MidHourly, decimal MaxHourly);
}
