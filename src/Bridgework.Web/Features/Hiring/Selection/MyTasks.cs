using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>What waits for one signed-in person in hiring: scorecards they owe, and shadowing they host.</summary>
public static class MyTasks
{
    public static IQueryable<Panelist> WaitingScorecards(AppDbContext db, Guid userId) =>
        db.Set<Panelist>().Where(p => db.Set<StaffMember>().Any(s => s.Id == p.StaffMemberId && s.UserId == userId)
            && !db.Set<Scorecard>().Any(c => c.PanelistId == p.Id));

    public static IQueryable<Panelist> SubmittedScorecards(AppDbContext db, Guid userId) =>
        db.Set<Panelist>().Where(p => db.Set<StaffMember>().Any(s => s.Id == p.StaffMemberId && s.UserId == userId)
            && db.Set<Scorecard>().Any(c => c.PanelistId == p.Id));

    /// <summary>Sessions the person hosts that are still on and have no feedback yet, past or coming.</summary>
    public static IQueryable<ShadowingSession> OpenShadowing(AppDbContext db, Guid userId) =>
        db.Set<ShadowingSession>().Where(s => s.Status == ShadowingStatus.Scheduled
            && db.Set<StaffMember>().Any(m => m.Id == s.HostStaffId && m.UserId == userId)
            && !db.Set<ShadowingFeedback>().Any(f => f.SessionId == s.Id));
}
