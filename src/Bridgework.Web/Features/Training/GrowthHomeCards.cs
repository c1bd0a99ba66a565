using System.Security.Claims;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Training.Feedback;
using Bridgework.Web.Features.Training.Sessions;
using Bridgework.Web.Features.Training.Supervision;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training;

/// <summary>
/// Home cards about growth: for supervisors, their people's supervision actions that are due; for anyone with
/// a supervisor, rating their supervision once a quarter; for anyone who attended a session lately, rating it.
/// </summary>
public sealed class GrowthHomeCards(
    AppDbContext db, StaffAccess access, CoalitionCalendar calendar, PermissionGrants grants, IStringLocalizer<TrainingText> text)
    : IHomeCardSource
{
    /// <summary>Sessions attended longer ago than this are no longer offered for rating on the home page.</summary>
    public const int RateSessionsWithinDays = 60;

    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if ((await access.ViewerAsync(user, cancellationToken)).StaffId is not { } me)
        {
            return [];
        }

        var today = await calendar.TodayAsync(cancellationToken);
        var cards = new List<HomeCard>();
        var staff = db.Set<StaffMember>();
        if (user.Has(TrainingPermissions.Supervise, grants))
        {
            var team = access.SupervisedBy(staff, me);
            var dueBy = today.AddDays(Supervision.IndexModel.DueWithinDays);
            var due = await db.Set<SupervisionAction>()
                .CountAsync(a => a.ClosedOn == null && a.DueOn <= dueBy && team.Any(s => s.Id == a.StaffMemberId), cancellationToken);
            cards.Add(new HomeCard(text["Supervision actions due"], due, "/Training/Supervision", text["Open actions of your people due in the next 7 days or overdue"], Order: 42));
        }

        var quarter = Quarter.Of(today);
        var teams = db.Set<Team>().Where(t => !t.IsArchived && db.Set<TeamMember>().Any(m => m.TeamId == t.Id && m.StaffMemberId == me));
        var unrated = await staff
            .Where(s => s.Id != me && (staff.Any(x => x.Id == me && x.SupervisorId == s.Id) || teams.Any(t => t.SupervisorId == s.Id)))
            .CountAsync(s => !db.Set<FeedbackReceipt>().Any(r => r.StaffMemberId == me && r.SupervisorStaffId == s.Id && r.Year == quarter.Year && r.Quarter == quarter.Number), cancellationToken);
        cards.Add(new HomeCard(text["Rate your supervision"], unrated, "/Training/Feedback/New", text["Once a quarter, without your name"], Order: 17));

        var since = today.AddDays(-RateSessionsWithinDays);
        var toRate = await db.Set<SessionSignUp>()
            .Where(u => u.StaffMemberId == me && u.Attended
                && !db.Set<SessionEvaluation>().Any(e => e.SessionId == u.SessionId && e.StaffMemberId == me))
            .Join(db.Set<TrainingSession>().Where(x => x.Date >= since && x.Date <= today), u => u.SessionId, x => x.Id, (u, x) => new { x.Id, x.Date })
            .OrderByDescending(x => x.Date)
            .Select(x => x.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        if (toRate.Count > 0)
        {
            cards.Add(new HomeCard(text["Rate a session you attended"], toRate.Count, $"/Training/Sessions/Evaluate/{toRate[0]}", Order: 18));
        }

        return cards;
    }
}
