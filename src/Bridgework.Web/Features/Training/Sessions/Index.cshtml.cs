using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>Upcoming sessions, soonest first, with seats left and the user's own place.</summary>
public sealed class IndexModel(AppDbContext db, CoalitionCalendar calendar, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanRun = User.Has(TrainingPermissions.RunSessions, grants);
        var today = await calendar.TodayAsync(cancellationToken);
        var userId = User.UserId();
        var me = userId is null ? null
            : await db.Set<StaffMember>().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var signUps = db.Set<SessionSignUp>();
        var query = db.Set<TrainingSession>().AsNoTracking().Where(s => s.Date >= today);
        if (Mine)
        {
            query = query.Where(s => signUps.Any(u => u.SessionId == s.Id && u.StaffMemberId == me));
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query
            .OrderBy(s => s.Date).ThenBy(s => s.StartTime).ThenBy(s => s.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Join(db.Set<Course>(), s => s.CourseId, c => c.Id, (s, c) => new { s, c })
            .Select(x => new Row(
                x.s.Id, x.c.Title, x.c.Format, x.s.Date, x.s.StartTime, x.s.EndTime, x.s.Place, x.s.Capacity,
                signUps.Count(u => u.SessionId == x.s.Id),
                me == null ? null : signUps.Where(u => u.SessionId == x.s.Id && u.StaffMemberId == me).Select(u => (int?)signUps.Count(o => o.SessionId == x.s.Id && o.SignedUpAt < u.SignedUpAt)).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("Index", new { mine = Mine ? true : (bool?)null, p = page == 1 ? null : (int?)page })!;

    /// <param name="MyPlace">How many signed up before the user (0-based place in line), or null when not signed up.</param>
    public sealed record Row(Guid Id, string Course, CourseFormat Format, DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, int Capacity, int SignedUp, int? MyPlace)
    {
        public int SeatsLeft => Math.Max(0, Capacity - SignedUp);

        public bool IsMine => MyPlace is not null;

        public bool IsWaitlisted => MyPlace >= Capacity;
    }
}
