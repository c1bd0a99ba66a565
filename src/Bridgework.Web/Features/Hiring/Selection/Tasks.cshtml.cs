using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>My hiring tasks: the scorecards I owe as a panelist, and the field shadowing I host.</summary>
[Authorize(Policy = HiringPermissions.Tasks)]
public sealed class TasksModel(AppDbContext db, CoalitionCalendar calendar) : PageModel
{
    /// <summary>A person's own tasks stay few; the lists stop here rather than page.</summary>
    public const int Most = 50;

    public IReadOnlyList<ScoreRow> Waiting { get; private set; } = [];

    public IReadOnlyList<ScoreRow> Submitted { get; private set; } = [];

    public IReadOnlyList<ShadowRow> Shadowing { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool HasStaffRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = await calendar.TodayAsync(cancellationToken);
        if (User.UserId() is not { } userId)
        {
            return;
        }

        HasStaffRecord = await db.Set<StaffMember>().AnyAsync(s => s.UserId == userId, cancellationToken);
        Waiting = await Rows(MyTasks.WaitingScorecards(db, userId).OrderBy(p => p.AddedAt)).Take(Most).ToListAsync(cancellationToken);
        Submitted = await Rows(MyTasks.SubmittedScorecards(db, userId).OrderByDescending(p => p.AddedAt)).Take(20).ToListAsync(cancellationToken);
        Shadowing = await MyTasks.OpenShadowing(db, userId)
            .OrderBy(s => s.Date).ThenBy(s => s.StartTime)
            .Take(Most)
            .Select(s => new ShadowRow(
                s.Id,
                db.Set<JobApplication>().Where(a => a.Id == s.ApplicationId).Select(a => a.Name).First(),
                db.Set<Team>().Where(t => t.Id == s.TeamId).Select(t => t.Name).First(),
                s.Date,
                s.StartTime,
                s.EndTime,
                s.Place))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<ScoreRow> Rows(IQueryable<Panelist> panelists) => panelists.Select(p => new ScoreRow(
        p.Id,
        db.Set<JobApplication>().Where(a => a.Id == p.ApplicationId).Select(a => a.Name).First(),
        db.Set<JobApplication>().Where(a => a.Id == p.ApplicationId)
            .Select(a => db.Set<Posting>().Where(x => x.Id == a.PostingId).Select(x => x.Title).First()).First(),
        db.Set<PipelinePhase>().Where(x => x.Id == p.PhaseId).Select(x => x.Name).First()));

    public sealed record ScoreRow(Guid Id, string Candidate, string Posting, string Phase);

    public sealed record ShadowRow(Guid Id, string Candidate, string Team, DateOnly Date, TimeOnly Start, TimeOnly End, string Place);
}
