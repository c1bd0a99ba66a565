using Bridgework.Web.Features.Shared;
using Bridgework.Web.Features.Training.Sessions;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Reports;

/// <summary>How workers rate each course's sessions: averages and counts per course, and a course's comments without names.</summary>
[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class QualityModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public Guid? Course { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public Row? Opened { get; private set; }

    public IReadOnlyList<(DateOnly Date, string Comment)> Comments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var evaluations = db.Set<SessionEvaluation>();
        var rated = db.Set<Course>().AsNoTracking().Where(c => evaluations.Any(e => e.CourseId == c.Id));
        var total = await rated.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => Url.Page("Quality", new { p = p == 1 ? null : (int?)p })!);
        Rows = await Project(rated.OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(Pages.Skip).Take(PageSize)).ToListAsync(cancellationToken);
        if (Course is { } id)
        {
            Opened = await Project(db.Set<Course>().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
            if (Opened is null)
            {
                return NotFound();
            }

            Comments = (await evaluations.Where(e => e.CourseId == id && e.Comment != null)
                .Join(db.Set<TrainingSession>(), e => e.SessionId, s => s.Id, (e, s) => new { s.Date, e.Comment })
                .OrderByDescending(x => x.Date).ThenBy(x => x.Comment)
                .Take(200)
                .ToListAsync(cancellationToken))
                .Select(x => (x.Date, x.Comment!)).ToList();
        }

        return Page();
    }

    private IQueryable<Row> Project(IQueryable<Course> courses)
    {
        var evaluations = db.Set<SessionEvaluation>();
        return courses.Select(c => new Row(
            c.Id,
            c.Title,
            evaluations.Count(e => e.CourseId == c.Id),
            evaluations.Where(e => e.CourseId == c.Id).Average(e => (double?)e.Useful),
            evaluations.Where(e => e.CourseId == c.Id).Average(e => (double?)e.Recommend)));
    }

    public sealed record Row(Guid Id, string Title, int Count, double? Useful, double? Recommend);
}
