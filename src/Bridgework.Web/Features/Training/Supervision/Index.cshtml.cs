using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Supervision;

/// <summary>
/// Supervision 1:1s. A worker sees their own meetings and open actions; a supervisor also sees the people
/// they supervise, with their last meeting and open actions, and records the next meeting from here.
/// </summary>
public sealed class IndexModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Actions due within this many days count as due.</summary>
    public const int DueWithinDays = 7;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "tp")]
    public int TeamPage { get; set; } = 1;

    public Guid? Me { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<ActionRow> MyActions { get; private set; } = [];

    public IReadOnlyList<MeetingRow> MyMeetings { get; private set; } = [];

    public PageLinks? MeetingPages { get; private set; }

    public IReadOnlyList<PersonRow> Team { get; private set; } = [];

    public PageLinks? TeamPages { get; private set; }

    public IReadOnlyList<ActionRow> TeamDue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        if (Me is not { } me)
        {
            return;
        }

        Today = await calendar.TodayAsync(cancellationToken);
        var names = db.Set<StaffMember>();
        MyActions = await db.Set<SupervisionAction>().AsNoTracking()
            .Where(a => a.StaffMemberId == me && a.ClosedOn == null)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new ActionRow(a.MeetingId, a.Text, a.Owner, a.DueOn, ""))
            .Take(50)
            .ToListAsync(cancellationToken);

        var meetings = db.Set<SupervisionMeeting>().AsNoTracking().Where(m => m.StaffMemberId == me);
        var total = await meetings.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        MeetingPages = new PageLinks(PageNumber, PageSize, total, p => Link(p, TeamPage));
        MyMeetings = await meetings
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt)
            .Skip(MeetingPages.Skip).Take(PageSize)
            .Select(m => new MeetingRow(m.Id, m.HeldOn, m.Type,
                names.Where(s => s.Id == m.SupervisorStaffId).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefault() ?? ""))
            .ToListAsync(cancellationToken);

        if (!User.Has(TrainingPermissions.Supervise, grants))
        {
            return;
        }

        var team = access.SupervisedBy(db.Set<StaffMember>(), me).Where(s => s.Status != EmploymentStatus.Separated);
        var teamTotal = await team.CountAsync(cancellationToken);
        TeamPage = PageLinks.Clamp(TeamPage, PageSize, teamTotal);
        TeamPages = new PageLinks(TeamPage, PageSize, teamTotal, p => Link(PageNumber, p));
        var actions = db.Set<SupervisionAction>();
        var held = db.Set<SupervisionMeeting>();
        Team = await team
            .OrderBy(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).ThenBy(s => s.Id)
            .Skip(TeamPages.Skip).Take(PageSize)
            .Select(s => new PersonRow(
                s.Id,
                (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                held.Where(m => m.StaffMemberId == s.Id && m.SupervisorStaffId == me).Max(m => (DateOnly?)m.HeldOn),
                actions.Count(a => a.StaffMemberId == s.Id && a.ClosedOn == null)))
            .ToListAsync(cancellationToken);

        var dueBy = Today.AddDays(DueWithinDays);
        TeamDue = await actions.AsNoTracking()
            .Where(a => a.ClosedOn == null && a.DueOn <= dueBy && team.Any(s => s.Id == a.StaffMemberId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new ActionRow(a.MeetingId, a.Text, a.Owner, a.DueOn,
                names.Where(s => s.Id == a.StaffMemberId).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefault() ?? ""))
            .Take(50)
            .ToListAsync(cancellationToken);
    }

    private static string Link(int page, int teamPage)
    {
        var query = new List<string>();
        if (page > 1)
        {
            query.Add($"p={page}");
        }

        if (teamPage > 1)
        {
            query.Add($"tp={teamPage}");
        }

        return "/Training/Supervision" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    public sealed record ActionRow(Guid MeetingId, string Text, ActionOwner Owner, DateOnly DueOn, string Person);

    public sealed record MeetingRow(Guid Id, DateOnly HeldOn, MeetingType Type, string Supervisor);

    public sealed record PersonRow(Guid Id, string Name, DateOnly? LastMeeting, int OpenActions);
}
