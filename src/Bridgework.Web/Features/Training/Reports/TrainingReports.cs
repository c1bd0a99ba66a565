using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training.Assignments;
using Bridgework.Web.Features.Training.Growth;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Reports;

/// <summary>Completions of one course in a year among the people in scope.</summary>
public sealed record CourseRow(string Course, int People, int Completions, decimal Hours);

/// <summary>One group of people (a cohort, an organization, a team) with their completions and compliance.</summary>
public sealed record GroupRow(string Group, int Workers, int PeopleWithTraining, int Completions, decimal Hours, int Compliant, int AtRisk, int Lapsed,
    int Assigned = 0, int AssignmentsDone = 0, int AssignmentsOverdue = 0);

/// <summary>
/// The assignments of one course due in a year: how many, how many are done (the rule of
/// <see cref="AssignmentQuery"/>), and how many are past their due date and not done today.
/// </summary>
public sealed record AssignmentCourseRow(string Course, int Assigned, int Done, int Overdue)
{
    /// <summary>The share done, 0 to 1.</summary>
    public decimal Completion => Assigned == 0 ? 0 : (decimal)Done / Assigned;
}

/// <summary>A titled table of group rows on the page.</summary>
public sealed record GroupTable(string Title, IReadOnlyList<GroupRow> Rows);

/// <summary>The latest supervisor levels of one team's members in one competency, averaged.</summary>
public sealed record HeatCell(Guid TeamId, Guid CompetencyId, double Average, int People);

public sealed record HeatMap(IReadOnlyList<(Guid Id, string Name)> Teams, IReadOnlyList<(Guid Id, string Name)> Competencies, IReadOnlyDictionary<(Guid Team, Guid Competency), HeatCell> Cells);

public sealed record SelfCareRow(Guid StaffId, string Name, decimal ThisYear, decimal LastYear);

/// <summary>
/// The figures of the training reports for a set of people (everyone for coalition admins, their team for
/// supervisors). Sums and averages run in the database; compliance comes from <see cref="TrainingCompliance"/>.
/// </summary>
public sealed class TrainingReports(AppDbContext db, TrainingCompliance compliance)
{
    private const string Unknown = "Not recorded";

    public static IQueryable<StaffMember> Active(IQueryable<StaffMember> scope) => scope.Where(s => s.Status != EmploymentStatus.Separated);

    private IQueryable<CompletionRecord> CompletionsIn(IQueryable<StaffMember> scope, int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Set<CompletionRecord>().Where(c => c.CompletedOn >= from && c.CompletedOn <= to && scope.Any(s => s.Id == c.StaffMemberId));
    }

    public async Task<IReadOnlyList<CourseRow>> ByCourseAsync(IQueryable<StaffMember> scope, int year, CancellationToken cancellationToken) =>
        (await CompletionsIn(Active(scope), year)
            .GroupBy(c => c.Title)
            .Select(g => new { Title = g.Key, People = g.Select(x => x.StaffMemberId).Distinct().Count(), Count = g.Count(), Hours = g.Sum(x => x.Hours) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Title)
            .Take(200)
            .ToListAsync(cancellationToken))
        .Select(g => new CourseRow(g.Title, g.People, g.Count, g.Hours))
        .ToList();

    /// <summary>The assignments of the people in scope that fall due in the year.</summary>
    private IQueryable<TrainingAssignment> AssignmentsIn(IQueryable<StaffMember> scope, int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Set<TrainingAssignment>().Where(a => a.DueOn >= from && a.DueOn <= to && scope.Any(s => s.Id == a.StaffMemberId));
    }

    /// <summary>Assigned, done and overdue counts per key, each counted in the database.</summary>
    private async Task<Dictionary<Guid, (int Assigned, int Done, int Overdue)>> AssignmentCountsAsync(
        IQueryable<TrainingAssignment> assignments, System.Linq.Expressions.Expression<Func<TrainingAssignment, Guid>> key, DateOnly today, CancellationToken cancellationToken)
    {
        async Task<Dictionary<Guid, int>> CountAsync(IQueryable<TrainingAssignment> q) =>
            await q.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var assigned = await CountAsync(assignments);
        var done = await CountAsync(AssignmentQuery.InState(db, assignments, AssignmentState.Done, today));
        var overdue = await CountAsync(AssignmentQuery.InState(db, assignments, AssignmentState.Overdue, today));
        return assigned.ToDictionary(a => a.Key, a => (a.Value, done.GetValueOrDefault(a.Key), overdue.GetValueOrDefault(a.Key)));
    }

    /// <summary>Assignments due in the year by course: assigned, done and overdue as of today; the most overdue first.</summary>
    public async Task<IReadOnlyList<AssignmentCourseRow>> AssignmentsByCourseAsync(IQueryable<StaffMember> scope, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await AssignmentCountsAsync(AssignmentsIn(Active(scope), year), a => a.CourseId, today, cancellationToken);
        var ids = counts.Keys.ToList();
        var titles = await db.Set<Course>().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return counts
            .Select(c => new AssignmentCourseRow(titles.GetValueOrDefault(c.Key, Unknown), c.Value.Assigned, c.Value.Done, c.Value.Overdue))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.Assigned).ThenBy(r => r.Course, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Rows by cohort (start year), organization and team, from per-person sums made in the database.</summary>
    public async Task<(IReadOnlyList<GroupRow> Cohorts, IReadOnlyList<GroupRow> Organizations, IReadOnlyList<GroupRow> Teams, IReadOnlyDictionary<ComplianceStatus, int> Compliance)> GroupsAsync(
        IQueryable<StaffMember> scope, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var active = Active(scope);
        var people = await active
            .Select(s => new
            {
                s.Id,
                Cohort = s.HireDate == null ? (int?)null : s.HireDate.Value.Year,
                Organization = db.Set<Organization>().Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            })
            .Take(20_000)
            .ToListAsync(cancellationToken);
        var teams = (await db.Set<TeamMember>()
            .Where(m => active.Any(s => s.Id == m.StaffMemberId))
            .Join(db.Set<Team>().Where(t => !t.IsArchived), m => m.TeamId, t => t.Id, (m, t) => new { m.StaffMemberId, t.Name })
            .Take(40_000)
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.StaffMemberId, m => m.Name);
        var sums = await CompletionsIn(active, year)
            .GroupBy(c => c.StaffMemberId)
            .Select(g => new { g.Key, Count = g.Count(), Hours = g.Sum(x => x.Hours) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Hours), cancellationToken);
        var assignments = await AssignmentCountsAsync(AssignmentsIn(active, year), a => a.StaffMemberId, today, cancellationToken);
        var standing = (await compliance.ForAsync(active, cancellationToken)).ToDictionary(w => w.StaffId, w => w.Overall);

        List<GroupRow> Rows(Func<Guid, IEnumerable<string>> keys, bool numericOrder = false)
        {
            var rows = people
                .SelectMany(p => keys(p.Id).Select(k => (Key: k, p.Id)))
                .GroupBy(x => x.Key)
                .Select(g =>
                {
                    var ids = g.Select(x => x.Id).Distinct().ToList();
                    var done = ids.Where(sums.ContainsKey).ToList();
                    int Count(ComplianceStatus s) => ids.Count(id => standing.TryGetValue(id, out var v) && v == s);
                    var assigned = ids.Where(assignments.ContainsKey).Select(id => assignments[id]).ToList();
                    return new GroupRow(g.Key, ids.Count, done.Count, done.Sum(id => sums[id].Count), done.Sum(id => sums[id].Hours),
                        Count(ComplianceStatus.Compliant), Count(ComplianceStatus.AtRisk), Count(ComplianceStatus.Lapsed),
                        assigned.Sum(a => a.Assigned), assigned.Sum(a => a.Done), assigned.Sum(a => a.Overdue));
                });
            return (numericOrder ? rows.OrderBy(r => r.Group == Unknown).ThenBy(r => r.Group, StringComparer.Ordinal) : rows.OrderBy(r => r.Group, StringComparer.CurrentCulture)).ToList();
        }

        var byId = people.ToDictionary(p => p.Id);
        var cohorts = Rows(id => [byId[id].Cohort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Unknown], numericOrder: true);
        var organizations = Rows(id => [byId[id].Organization ?? Unknown]);
        var byTeam = Rows(id => teams[id].DefaultIfEmpty("No team"));
        var counts = standing.Values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return (cohorts, organizations, byTeam, counts);
    }

    /// <summary>Teams × competencies: the average of the members' latest supervisor levels, computed in the database.</summary>
    public async Task<HeatMap> HeatMapAsync(IQueryable<Team> teamScope, CancellationToken cancellationToken)
    {
        var teams = (await teamScope.Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).Take(100).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        var competencies = (await db.Set<Competency>().Where(c => !c.IsArchived).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).Take(200).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name)).ToList();
        var teamIds = teams.Select(t => t.Id).ToList();
        var ratings = db.Set<CompetencyAssessment>().Where(a => a.By == AssessedBy.Supervisor);
        var latest = ratings.Where(a => !ratings.Any(b => b.StaffMemberId == a.StaffMemberId && b.CompetencyId == a.CompetencyId && b.RecordedAt > a.RecordedAt));
        var active = Active(db.Set<StaffMember>());
        var cells = await db.Set<TeamMember>()
            .Where(m => teamIds.Contains(m.TeamId) && active.Any(s => s.Id == m.StaffMemberId))
            .Join(latest, m => m.StaffMemberId, a => a.StaffMemberId, (m, a) => new
            {
                m.TeamId,
                a.CompetencyId,
                // Enums are stored by name, so the scale's numbers are spelled out for the database to add up.
                Level = a.Level == Proficiency.Mentor ? 3 : a.Level == Proficiency.Advanced ? 2 : a.Level == Proficiency.Proficient ? 1 : 0,
            })
            .GroupBy(x => new { x.TeamId, x.CompetencyId })
            .Select(g => new { g.Key.TeamId, g.Key.CompetencyId, Sum = g.Sum(x => x.Level), People = g.Count() })
            .ToListAsync(cancellationToken);
        return new HeatMap(teams, competencies, cells.ToDictionary(
            c => (c.TeamId, c.CompetencyId), c => new HeatCell(c.TeamId, c.CompetencyId, (double)c.Sum / c.People, c.People)));
    }

    /// <summary>Hours of self-care and vicarious-trauma training per worker, this year and the one before; paged in the database.</summary>
    public IQueryable<SelfCareRow> SelfCare(IQueryable<StaffMember> scope, int year)
    {
        var (from, to, lastFrom) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), new DateOnly(year - 1, 1, 1));
        var selfCare = db.Set<CompletionRecord>()
            .Where(c => db.Set<Course>().Any(k => k.Id == c.CourseId && k.Kind == CourseKind.SelfCare));
        return Active(scope)
            .OrderBy(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).ThenBy(s => s.Id)
            .Select(s => new SelfCareRow(
                s.Id,
                (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                selfCare.Where(c => c.StaffMemberId == s.Id && c.CompletedOn >= from && c.CompletedOn <= to).Sum(c => c.Hours),
                selfCare.Where(c => c.StaffMemberId == s.Id && c.CompletedOn >= lastFrom && c.CompletedOn < from).Sum(c => c.Hours)));
    }
}
