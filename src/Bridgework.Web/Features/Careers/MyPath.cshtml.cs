using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// A worker's own ladder: where they stand and what the next level takes. Tenure comes from their hire
/// date; credentials, courses and competencies are listed to be confirmed until Training shares its records.
/// </summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class MyPathModel(AppDbContext db, LadderReader reader, CoalitionCalendar calendar) : PageModel
{
    public bool HasStaffRecord { get; private set; }

    public LadderView? Ladder { get; private set; }

    public CurrentPlacement? Current { get; private set; }

    public LadderLevel? CurrentLevel { get; private set; }

    public LadderLevel? NextLevel { get; private set; }

    public int? MonthsOfService { get; private set; }

    public IReadOnlyList<CheckItem> Checklist { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var me = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.UserId != null && s.UserId == userId)
            .Select(s => new { s.Id, s.JobFamily, s.HireDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return;
        }

        HasStaffRecord = true;
        var today = await calendar.TodayAsync(cancellationToken);
        if (me.HireDate is { } hired && hired <= today)
        {
            MonthsOfService = ((today.Year - hired.Year) * 12) + today.Month - hired.Month - (today.Day < hired.Day ? 1 : 0);
        }

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
        if (NextLevel is not null)
        {
            Checklist = ChecklistFor(NextLevel, MonthsOfService);
        }
    }

    /// <summary>What the next level asks for, and what is known about each item.</summary>
    public static IReadOnlyList<CheckItem> ChecklistFor(LadderLevel next, int? monthsOfService)
    {
        var items = new List<CheckItem>
        {
            new("Experience", $"{next.MonthsOfExperience}", monthsOfService is { } months
                ? (months >= next.MonthsOfExperience ? CheckState.Met : CheckState.Missing)
                : CheckState.ToBeConfirmed),
        };
        items.AddRange(CareersLabels.Lines(next.Credentials).Select(c => new CheckItem("Credential", c, CheckState.ToBeConfirmed)));
        items.AddRange(CareersLabels.Lines(next.Courses).Select(c => new CheckItem("Course", c, CheckState.ToBeConfirmed)));
        items.AddRange(CareersLabels.Lines(next.Competencies).Select(c => new CheckItem("Competency", c, CheckState.ToBeConfirmed)));
        if (next.PerformanceCriterion is { } criterion)
        {
            items.Add(new CheckItem("Performance", criterion, CheckState.ToBeConfirmed));
        }

        return items;
    }

    public sealed record CurrentPlacement(
        CareerFamily Family, int Rank, string Level, int? Step, decimal HourlyRate, DateOnly EffectiveDate,
        decimal MinHourly, decimal MidHourly, decimal MaxHourly);

    public sealed record CheckItem(string Kind, string What, CheckState State);

    public enum CheckState
    {
        Met = 0,
        Missing = 1,
        ToBeConfirmed = 2,
    }
}
