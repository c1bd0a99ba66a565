using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Growth;

/// <summary>
/// A worker's competencies side by side: their own level, their supervisor's, and the target; and the courses
/// that build the competencies still short, those with an upcoming session first. A worker sees their own;
/// supervisors their people; coalition admins everyone. Anyone else gets 404.
/// </summary>
public sealed class GapModel(AppDbContext db, StaffAccess access, CompetencyLevels levels, CoalitionCalendar calendar) : PageModel
{
    public const int MaxCourses = 8;

    public Guid StaffId { get; private set; }

    public bool IsOwn { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<CompetencyStanding> Standings { get; private set; } = [];

    public IReadOnlyList<CourseTip> Courses { get; private set; } = [];

    public bool HasStaffRecord { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        if (id is not { } staffId)
        {
            if (viewer.StaffId is not { } me)
            {
                HasStaffRecord = false;
                return Page();
            }

            staffId = me;
        }

        if (!await access.MayOpenAsync(viewer, staffId, cancellationToken))
        {
            return NotFound();
        }

        StaffId = staffId;
        IsOwn = viewer.StaffId == staffId;
        Name = await levels.NameAsync(staffId, cancellationToken) ?? "";
        Standings = await levels.ForAsync(staffId, cancellationToken);
        var shortOnes = Standings.Where(s => s.IsShort).Select(s => s.CompetencyId).ToList();
        if (shortOnes.Count == 0)
        {
            return Page();
        }

        var today = await calendar.TodayAsync(cancellationToken);
        var names = Standings.ToDictionary(s => s.CompetencyId, s => s.Name);
        var sessions = db.Set<TrainingSession>().Where(x => x.Date >= today && x.AttendanceTakenAt == null);
        var found = await db.Set<Course>().AsNoTracking()
            .Where(c => !c.IsArchived && c.Competencies.Any(x => shortOnes.Contains(x.CompetencyId)))
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Hours,
                Builds = c.Competencies.Where(x => shortOnes.Contains(x.CompetencyId)).Select(x => x.CompetencyId).ToList(),
                Next = sessions.Where(x => x.CourseId == c.Id).OrderBy(x => x.Date).ThenBy(x => x.StartTime).Select(x => new { x.Id, x.Date }).FirstOrDefault(),
                Done = db.Set<CompletionRecord>().Any(r => r.CourseId == c.Id && r.StaffMemberId == staffId),
            })
            .Take(200)
            .ToListAsync(cancellationToken);
        Courses = found
            .OrderBy(c => c.Next is null).ThenBy(c => c.Next?.Date).ThenByDescending(c => c.Builds.Count).ThenBy(c => c.Title, StringComparer.CurrentCulture)
            .Take(MaxCourses)
            .Select(c => new CourseTip(c.Id, c.Title, c.Hours, c.Builds.Select(b => names[b]).ToList(), c.Next?.Id, c.Next?.Date, c.Done))
            .ToList();
        return Page();
    }

    public sealed record CourseTip(Guid Id, string Title, decimal Hours, IReadOnlyList<string> Builds, Guid? SessionId, DateOnly? SessionDate, bool Done);
}
