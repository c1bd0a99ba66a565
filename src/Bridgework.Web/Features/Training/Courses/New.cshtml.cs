using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Courses;

[Authorize(Policy = TrainingPermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public CourseInput Input { get; set; } = new() { Languages = ["en", "es"] };

    public CourseForm Form { get; } = new(db);

    public Task OnGetAsync(CancellationToken cancellationToken) => Form.LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        var course = new Course { Title = Input.Title };
        Input.ApplyTo(course);
        db.Add(course);
        Form.SyncCompetencies(course, Input.CompetencyIds);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was added to the catalog.", course.Title].Value;
        return Redirect($"/Training/Courses/{course.Id}");
    }
}
