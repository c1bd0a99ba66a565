using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Supervision;

/// <summary>
/// One supervision meeting, for its two people only: the worker and the supervisor who held it. Anyone else,
/// a coalition admin or another supervisor included, gets 404, so the record's existence does not leak.
/// Reading a reflective meeting's notes is written to the audit trail.
/// </summary>
public sealed class DetailsModel(AppDbContext db, StaffAccess access, TimeProvider clock) : PageModel
{
    public SupervisionMeeting Meeting { get; private set; } = null!;

    public string Worker { get; private set; } = "";

    public string Supervisor { get; private set; } = "";

    public bool IsSupervisor { get; private set; }

    public IReadOnlyList<SupervisionAction> Agreed { get; private set; } = [];

    public IReadOnlyList<SupervisionAction> Closed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        var meeting = me is null
            ? null
            : await db.Set<SupervisionMeeting>().AsNoTracking()
                .Where(m => m.Id == id && (m.StaffMemberId == me || m.SupervisorStaffId == me))
                .Include(m => m.Notes)
                .FirstOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        IsSupervisor = meeting.SupervisorStaffId == me;
        var names = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Id == meeting.StaffMemberId || s.Id == meeting.SupervisorStaffId)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Worker = names.GetValueOrDefault(meeting.StaffMemberId, "");
        Supervisor = names.GetValueOrDefault(meeting.SupervisorStaffId, "");
        var actions = await db.Set<SupervisionAction>().AsNoTracking()
            .Where(a => a.MeetingId == id || a.ClosedAtMeetingId == id)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        Agreed = actions.Where(a => a.MeetingId == id).ToList();
        Closed = actions.Where(a => a.ClosedAtMeetingId == id && a.MeetingId != id).ToList();

        if (meeting.Notes.Count > 0)
        {
            db.Add(new AuditEntry
            {
                At = clock.GetUtcNow().UtcDateTime,
                UserId = User.UserId(),
                Actor = User.Identity?.Name ?? "",
                Action = AuditAction.Viewed,
                Entity = nameof(SupervisionMeeting),
                EntityId = meeting.Id,
                Changes = "{\"ReflectiveNotes\":{\"From\":null,\"To\":null,\"Redacted\":true}}",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Page();
    }
}
