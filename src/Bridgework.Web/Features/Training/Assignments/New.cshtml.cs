using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Assignments;

/// <summary>A supervisor assigns a course with a due date to one of their people; a coalition admin to anyone.</summary>
[Authorize(Policy = TrainingPermissions.Assign)]
public sealed class NewModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public AssignInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Courses { get; private set; } = [];

    public async Task OnGetAsync(Guid? staff, Guid? course, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.StaffMemberId = staff;
        Input.CourseId = course;
        Input.DueOn = (await calendar.TodayAsync(cancellationToken)).AddDays(30);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        if (Input.StaffMemberId is { } s && !People.Any(p => p.Id == s))
        {
            ModelState.AddModelError("Input.StaffMemberId", text["Choose one of your people from the list."]);
        }

        if (Input.CourseId is { } c && !Courses.Any(x => x.Id == c))
        {
            ModelState.AddModelError("Input.CourseId", text["Choose a course from the catalog."]);
        }

        if (Input.DueOn is { } due && due < today)
        {
            ModelState.AddModelError("Input.DueOn", text["Choose today or a later date."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assignment = new TrainingAssignment
        {
            StaffMemberId = Input.StaffMemberId!.Value,
            CourseId = Input.CourseId!.Value,
            AssignedOn = today,
            DueOn = Input.DueOn!.Value,
            AssignedBy = User.Identity?.Name,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
        };
        db.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} is assigned to {1}, due {2}.",
            Courses.First(x => x.Id == assignment.CourseId).Title, People.First(p => p.Id == assignment.StaffMemberId).Name,
            assignment.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return Redirect($"/Training/Assignments?worker={assignment.StaffMemberId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        People = (await access.Listable(viewer)
            .Where(s => s.Status != EmploymentStatus.Separated)
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .Take(1000)
            .ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
        Courses = (await db.Set<Course>().AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title }).Take(500).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Title)).ToList();
    }
}

public sealed class AssignInput
{
    [Required(ErrorMessage = "Choose who the course is for.")]
    [Display(Name = "Worker")]
    public Guid? StaffMemberId { get; set; }

    [Required(ErrorMessage = "Choose a course.")]
    [Display(Name = "Course")]
    public Guid? CourseId { get; set; }

    [Required(ErrorMessage = "Enter the due date.")]
    [Display(Name = "Due date")]
    public DateOnly? DueOn { get; set; }

    [StringLength(500, ErrorMessage = "Keep the note to 500 characters or fewer.")]
    [Display(Name = "Note for the worker (optional)")]
    public string? Note { get; set; }
}
