using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Feedback;

/// <summary>
/// Upward feedback results for one quarter. A supervisor sees their own; the program lead (coalition admin)
/// sees every supervisor's. Figures and comments show only for five answers or more, never who said what.
/// </summary>
[Authorize(Policy = TrainingPermissions.Supervise)]
public sealed class IndexModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, FeedbackRules rules, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public int? QuarterNumber { get; set; }

    /// <summary>The supervisor whose comments the program lead opened.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Supervisor { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Quarter Period { get; private set; }

    public Quarter Current { get; private set; }

    public FeedbackSummary? Own { get; private set; }

    public bool SeesEveryone { get; private set; }

    public IReadOnlyList<FeedbackSummary> Everyone { get; private set; } = [];

    public FeedbackSummary? Opened { get; private set; }

    public PageLinks? Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Current = Quarter.Of(await calendar.TodayAsync(cancellationToken));
        Period = Year is { } y && QuarterNumber is { } q && new Quarter(y, q).IsValid ? new Quarter(y, q) : Current;
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        var staff = db.Set<StaffMember>();
        if (me is { } supervisor)
        {
            Own = (await rules.SummariesAsync(staff.Where(s => s.Id == supervisor), Period, cancellationToken)).SingleOrDefault();
            if (Own is { Shown: true })
            {
                Own = Own with { Comments = await rules.CommentsAsync(supervisor, Period, cancellationToken) };
            }
        }

        SeesEveryone = User.Has(TrainingPermissions.ReadAllFeedback, grants);
        if (!SeesEveryone)
        {
            return Supervisor is null ? Page() : NotFound();
        }

        var answers = db.Set<SupervisionFeedback>();
        var supervisors = staff.Where(s => s.Status != EmploymentStatus.Separated
            && (s.JobFamily == JobFamily.Supervisor || answers.Any(f => f.SupervisorStaffId == s.Id && f.Year == Period.Year && f.Quarter == Period.Number)));
        var total = await supervisors.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => UrlFor(Period, p));
        Everyone = await rules.SummariesAsync(
            supervisors.OrderBy(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).ThenBy(s => s.Id).Skip(Pages.Skip).Take(PageSize),
            Period, cancellationToken);

        if (Supervisor is { } opened)
        {
            Opened = (await rules.SummariesAsync(staff.Where(s => s.Id == opened), Period, cancellationToken)).SingleOrDefault();
            if (Opened is null)
            {
                return NotFound();
            }

            if (Opened.Shown)
            {
                Opened = Opened with { Comments = await rules.CommentsAsync(opened, Period, cancellationToken) };
            }
        }

        return Page();
    }

    public string UrlFor(Quarter quarter, int page = 1, Guid? supervisor = null) => Url.Page("Index", new
    {
        year = quarter.Year,
        q = quarter.Number,
        supervisor,
        p = page == 1 ? null : (int?)page,
    })!;
}
