using System.Text;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>
/// One session: where and when, seats left, and the user's own place. A worker signs up or cancels here and
/// downloads a calendar invite; those who run sessions see the roster and a link to take attendance.
/// </summary>
public sealed class DetailsModel(AppDbContext db, ITenantContext tenant, PermissionGrants grants, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    public View Session { get; private set; } = null!;

    public Guid? Me { get; private set; }

    /// <summary>The user's 0-based place in sign-up order, or null when not signed up.</summary>
    public int? MyPlace { get; private set; }

    public IReadOnlyList<(string Name, bool Waitlisted, bool Attended)> Roster { get; private set; } = [];

    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCalendarAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || MyPlace is null)
        {
            return NotFound();
        }

        var zone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken)
            ?? CoalitionTime.DefaultZone;
        var s = Session;
        var ics = SessionCalendar.Invite(s.Id, s.Course, s.Date, s.Start, s.End, s.Place, s.Link, zone, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar", "training-session.ics");
    }

    public async Task<IActionResult> OnPostSignUpAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Me is not { } me)
        {
            TempData["FlashWarning"] = text["Your account is not linked to a staff record yet, so you cannot sign up."].Value;
        }
        else if (MyPlace is null && !Session.AttendanceTaken)
        {
            db.Add(new SessionSignUp { SessionId = id, StaffMemberId = me, SignedUpAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = (Session.SignedUp >= Session.Capacity
                ? text["The session is full: you are on the waitlist and will move up if someone cancels."]
                : text["You are signed up. Add it to your calendar with the invite below."]).Value;
        }

        return Redirect($"/Training/Sessions/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var mine = await db.Set<SessionSignUp>().FirstOrDefaultAsync(u => u.SessionId == id && u.StaffMemberId == Me, cancellationToken);
        if (mine is not null && !Session.AttendanceTaken)
        {
            db.Remove(mine);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = text["Your sign-up was cancelled."].Value;
        }

        return Redirect($"/Training/Sessions/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var signUps = db.Set<SessionSignUp>();
        var session = await db.Set<TrainingSession>().AsNoTracking()
            .Where(s => s.Id == id)
            .Join(db.Set<Course>(), s => s.CourseId, c => c.Id, (s, c) => new View(
                s.Id, c.Id, c.Title, c.Format, c.Hours, s.Date, s.StartTime, s.EndTime, s.Place, s.Link, s.Capacity,
                signUps.Count(u => u.SessionId == s.Id), s.AttendanceTakenAt != null))
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return false;
        }

        Session = session;
        CanRun = User.Has(TrainingPermissions.RunSessions, grants);
        var userId = User.UserId();
        Me = userId is null ? null
            : await db.Set<StaffMember>().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var roster = await signUps.AsNoTracking()
            .Where(u => u.SessionId == id)
            .OrderBy(u => u.SignedUpAt).ThenBy(u => u.Id)
            .Join(db.Set<StaffMember>(), u => u.StaffMemberId, s => s.Id, (u, s) => new { u.StaffMemberId, u.Attended, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .Take(500)
            .ToListAsync(cancellationToken);
        var place = roster.FindIndex(r => r.StaffMemberId == Me);
        MyPlace = Me is null || place < 0 ? null : place;
        Roster = CanRun ? roster.Select((r, i) => (r.Name, i >= session.Capacity, r.Attended)).ToList() : [];
        return true;
    }

    public sealed record View(
        Guid Id, Guid CourseId, string Course, CourseFormat Format, decimal Hours, DateOnly Date, TimeOnly Start, TimeOnly End,
        string? Place, string? Link, int Capacity, int SignedUp, bool AttendanceTaken)
    {
        public int SeatsLeft => Math.Max(0, Capacity - SignedUp);
    }
}
