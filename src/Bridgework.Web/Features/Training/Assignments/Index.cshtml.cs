using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Assignments;

/// <summary>Assignments of the people the user may see, by state, worker or team, soonest due first.</summary>
[Authorize(Policy = TrainingPermissions.Assign)]
public sealed class IndexModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public AssignmentState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Worker { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    /// <summary>"due" (soonest first, the default) or "worker".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Workers { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Teams { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = await calendar.TodayAsync(cancellationToken);
        var viewer = await access.ViewerAsync(User, cancellationToken);
        var people = access.Listable(viewer);
        Workers = (await people.Where(s => db.Set<TrainingAssignment>().Any(a => a.StaffMemberId == s.Id))
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .Take(500).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name)).ToList();
        var teams = db.Set<Team>().Where(t => !t.IsArchived);
        if (!viewer.SeesEveryone)
        {
            teams = teams.Where(t => t.SupervisorId != null && t.SupervisorId == viewer.StaffId);
        }

        Teams = (await teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).Take(200).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList();

        var query = db.Set<TrainingAssignment>().AsNoTracking().Where(a => people.Any(s => s.Id == a.StaffMemberId));
        if (Worker is { } worker)
        {
            query = query.Where(a => a.StaffMemberId == worker);
        }

        if (Team is { } team)
        {
            query = query.Where(a => db.Set<TeamMember>().Any(m => m.TeamId == team && m.StaffMemberId == a.StaffMemberId));
        }

        query = AssignmentQuery.InState(db, query, State, Today);
        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        var rows = AssignmentQuery.Rows(db, query);
        rows = Sort == "worker"
            ? rows.OrderBy(r => r.Worker).ThenBy(r => r.DueOn).ThenBy(r => r.Id)
            : State == AssignmentState.Done
                ? rows.OrderByDescending(r => r.DueOn).ThenBy(r => r.Id)
                : rows.OrderBy(r => r.DueOn).ThenBy(r => r.Worker).ThenBy(r => r.Id);
        Rows = await rows.Skip(Pages.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => UrlFor(State, page);

    public string UrlFor(AssignmentState? state, int page = 1) => Url.Page("Index", new
    {
        state,
        worker = Worker,
        team = Team,
        sort = Sort,
        p = page == 1 ? null : (int?)page,
    })!;
}
