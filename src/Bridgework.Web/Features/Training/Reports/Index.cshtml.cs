using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Reports;

/// <summary>
/// Training reports for one year: completions by course, cohort, organization and team with compliance, a team
/// by competency heatmap and self-care hours per worker. Coalition admins see everyone; supervisors their people.
/// Every table downloads as CSV or XLSX.
/// </summary>
[Authorize(Policy = TrainingPermissions.ReadReports)]
public sealed class IndexModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, TrainingReports reports, IStringLocalizer<TrainingText> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int ThisYear { get; private set; }

    public bool SeesEveryone { get; private set; }

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

    public IReadOnlyList<AssignmentCourseRow> AssignmentCourses { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<GroupRow> Cohorts { get; private set; } = [];

    public IReadOnlyList<GroupRow> Organizations { get; private set; } = [];

    public IReadOnlyList<GroupRow> Teams { get; private set; } = [];

    public IReadOnlyDictionary<ComplianceStatus, int> Compliance { get; private set; } = new Dictionary<ComplianceStatus, int>();

    public HeatMap Heat { get; private set; } = null!;

    public IReadOnlyList<SelfCareRow> SelfCare { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (scope, teams) = await ScopeAsync(cancellationToken);
        await LoadAsync(scope, teams, cancellationToken);
        var selfCare = reports.SelfCare(scope, Year!.Value);
        var total = await TrainingReports.Active(scope).CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => Url.Page("Index", new { year = Year, p = p == 1 ? null : (int?)p })!);
        SelfCare = await selfCare.Skip(Pages.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>A CSV holds one table: <paramref name="table"/> chooses it (course, cohort, organization, team, competencies, selfcare).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format, string? table, CancellationToken cancellationToken)
    {
        var (scope, teams) = await ScopeAsync(cancellationToken);
        await LoadAsync(scope, teams, cancellationToken);
        SelfCare = await reports.SelfCare(scope, Year!.Value).Take(20_000).ToListAsync(cancellationToken);
        string[] groupHeaders = ["Group", "Workers", "People with training", "Completions", "Hours", "Compliant", "At risk", "Lapsed", "Assigned", "Assignments done", "Assignments overdue"];
        IEnumerable<IReadOnlyList<object?>> GroupRows(IReadOnlyList<GroupRow> rows) =>
            rows.Select(r => (IReadOnlyList<object?>)[r.Group, r.Workers, r.PeopleWithTraining, r.Completions, Plain(r.Hours), r.Compliant, r.AtRisk, r.Lapsed, r.Assigned, r.AssignmentsDone, r.AssignmentsOverdue]);
        TableSheet[] sheets =
        [
            new TableSheet("By course", ["Course", "People", "Completions", "Hours"], Courses.Select(r => (IReadOnlyList<object?>)[r.Course, r.People, r.Completions, Plain(r.Hours)])),
            new TableSheet("By cohort", groupHeaders, GroupRows(Cohorts)),
            new TableSheet("By organization", groupHeaders, GroupRows(Organizations)),
            new TableSheet("By team", groupHeaders, GroupRows(Teams)),
            new TableSheet("Competencies", ["Team", .. Heat.Competencies.Select(c => c.Name)],
                Heat.Teams.Select(t => (IReadOnlyList<object?>)[t.Name, .. Heat.Competencies.Select(c => Heat.Cells.TryGetValue((t.Id, c.Id), out var cell) ? (object?)Math.Round(cell.Average, 1) : null)])),
            new TableSheet("Self-care hours", ["Worker", $"{Year}", $"{Year - 1}"], SelfCare.Select(r => (IReadOnlyList<object?>)[r.Name, Plain(r.ThisYear), Plain(r.LastYear)])),
            new TableSheet("Assignments by course", ["Course", "Assigned", "Done", "Overdue", "Completion %"],
                AssignmentCourses.Select(r => (IReadOnlyList<object?>)[r.Course, r.Assigned, r.Done, r.Overdue, Math.Round(r.Completion * 100, 0)])),
        ];
        var first = Array.IndexOf(Tables, table);
        TableSheet[] ordered = first <= 0 ? sheets : [sheets[first], .. sheets.Where((_, i) => i != first)];
        return TableFile.Download(format, first <= 0 ? $"training-report-{Year}" : $"training-report-{Year}-{Tables[first]}", ordered);
    }

    public Chart CourseChart => new(text["Completions by course in {0}", Year!.Value].Value,
        Courses.Take(15).Select(c => c.Course).ToList(),
        [new ChartSeries(text["Completions"].Value, Courses.Take(15).Select(c => (decimal)c.Completions).ToList())])
    { Format = "0", Horizontal = true };

    public Chart AssignmentChart => new(text["Assignments due in {0} by course", Year!.Value].Value,
        AssignmentCourses.Take(15).Select(c => c.Course).ToList(),
        [
            new ChartSeries(text["Done"].Value, AssignmentCourses.Take(15).Select(c => (decimal)c.Done).ToList()),
            new ChartSeries(text["Overdue"].Value, AssignmentCourses.Take(15).Select(c => (decimal)c.Overdue).ToList()),
            new ChartSeries(text["Not due yet"].Value, AssignmentCourses.Take(15).Select(c => (decimal)(c.Assigned - c.Done - c.Overdue)).ToList()),
        ],
        ChartKind.StackedBar)
    { Format = "0", Horizontal = true };

    public Chart ComplianceChart => new(text["Continuing-education compliance"].Value,
        [.. Statuses.Select(s => text[s.Label()].Value)],
        [new ChartSeries(text["Workers"].Value, Statuses.Select(s => (decimal)Compliance.GetValueOrDefault(s)).ToList())])
    { Format = "0" };

    /// <summary>Hours as written by people, whatever scale the database summed them in: 3.0 reads 3.</summary>
    private static decimal Plain(decimal hours) => hours / 1.0000000000000000000000000000m;

    /// <summary>The tables a CSV can hold, in the order of the workbook's sheets.</summary>
    public static readonly string[] Tables = ["course", "cohort", "organization", "team", "competencies", "selfcare", "assignments"];

    public static readonly ComplianceStatus[] Statuses = [ComplianceStatus.Compliant, ComplianceStatus.AtRisk, ComplianceStatus.Lapsed];

    private async Task<(IQueryable<StaffMember> Scope, IQueryable<Team> Teams)> ScopeAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        SeesEveryone = viewer.SeesEveryone;
        Today = await calendar.TodayAsync(cancellationToken);
        ThisYear = Today.Year;
        Year = Year is { } y && y >= 2000 && y <= ThisYear ? y : ThisYear;
        var teams = viewer.SeesEveryone ? db.Set<Team>() : db.Set<Team>().Where(t => viewer.StaffId != null && t.SupervisorId == viewer.StaffId);
        return (access.Listable(viewer), teams);
    }

    private async Task LoadAsync(IQueryable<StaffMember> scope, IQueryable<Team> teams, CancellationToken cancellationToken)
    {
        Courses = await reports.ByCourseAsync(scope, Year!.Value, cancellationToken);
        AssignmentCourses = await reports.AssignmentsByCourseAsync(scope, Year!.Value, Today, cancellationToken);
        (Cohorts, Organizations, Teams, Compliance) = await reports.GroupsAsync(scope, Year!.Value, Today, cancellationToken);
        Heat = await reports.HeatMapAsync(teams, cancellationToken);
    }
}
