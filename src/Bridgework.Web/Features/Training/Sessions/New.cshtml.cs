using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Sessions;

[Authorize(Policy = TrainingPermissions.RunSessions)]
public sealed class NewModel(AppDbContext db, CoalitionCalendar calendar, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Title)> Courses { get; private set; } = [];

    public async Task OnGetAsync(Guid? course, CancellationToken cancellationToken)
    {
        Input.CourseId = course;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        if (Input.CourseId is { } courseId && !await db.Set<Course>().AnyAsync(c => c.Id == courseId && !c.IsArchived, cancellationToken))
        {
            ModelState.AddModelError("Input.CourseId", text["Choose the course this session teaches."]);
        }

        if (Input.Date is { } date && date < today)
        {
            ModelState.AddModelError("Input.Date", text["Choose today or a later date."]);
        }

        if (Input is { StartTime: { } start, EndTime: { } end } && end <= start)
        {
            ModelState.AddModelError("Input.EndTime", text["The session must end after it starts."]);
        }

        if (string.IsNullOrWhiteSpace(Input.Place) && string.IsNullOrWhiteSpace(Input.Link))
        {
            ModelState.AddModelError("Input.Place", text["Enter a place, a meeting link, or both."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var session = new TrainingSession
        {
            CourseId = Input.CourseId!.Value,
            Date = Input.Date!.Value,
            StartTime = Input.StartTime!.Value,
            EndTime = Input.EndTime!.Value,
            Place = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim(),
            Link = string.IsNullOrWhiteSpace(Input.Link) ? null : Input.Link.Trim(),
            Capacity = Input.Capacity!.Value,
        };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The session is scheduled. Workers can sign up now."].Value;
        return Redirect($"/Training/Sessions/{session.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Courses = (await db.Set<Course>().AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title }).Take(500).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Title)).ToList();
}
