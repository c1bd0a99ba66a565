using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Courses;

[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public CourseForm Form { get; } = new(db);

    public Guid Id { get; private set; }

    public string SavedTitle { get; private set; } = "";

    /// <summary>The saved values after someone else's change, shown beside what the user typed.</summary>
    public CourseInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().AsNoTracking().Include(c => c.Competencies).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        (Id, SavedTitle, Input) = (id, course.Title, CourseInput.From(course));
        await Form.LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().Include(c => c.Competencies).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        (Id, SavedTitle) = (id, course.Title);
        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        db.Entry(course).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(course);
        Form.SyncCompetencies(course, Input.CompetencyIds);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Course>().AsNoTracking().Include(c => c.Competencies).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = CourseInput.From(saved);
            SavedTitle = saved.Title;
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this course while you were editing. Nothing you typed is lost: check the saved values below, then save again to keep yours."]);
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", course.Title].Value;
        return Redirect($"/Training/Courses/{id}");
    }
}
