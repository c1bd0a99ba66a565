using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>A worker who attended a session rates it once: how useful, whether they would recommend it, and a comment.</summary>
public sealed class EvaluateModel(AppDbContext db, StaffAccess access, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string Course { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public bool AlreadyRated { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        if (session is not { } s)
        {
            return NotFound();
        }

        if (AlreadyRated)
        {
            ModelState.AddModelError(string.Empty, text["You already rated this session. Thank you!"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new SessionEvaluation
        {
            SessionId = id,
            CourseId = s.CourseId,
            StaffMemberId = s.StaffId,
            Useful = Input.Useful!.Value,
            Recommend = Input.Recommend!.Value,
            Comment = Formats.Clean(Input.Comment),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text["You already rated this session. Thank you!"]);
            return Page();
        }

        TempData["Flash"] = text["Thank you for rating {0}.", Course].Value;
        return Redirect("/Training/Me");
    }

    /// <summary>The session when the user attended it; null (404) otherwise.</summary>
    private async Task<(Guid CourseId, Guid StaffId)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        var session = me is null
            ? null
            : await db.Set<TrainingSession>().AsNoTracking()
                .Where(s => s.Id == id && db.Set<SessionSignUp>().Any(u => u.SessionId == s.Id && u.StaffMemberId == me && u.Attended))
                .Join(db.Set<Course>(), s => s.CourseId, c => c.Id, (s, c) => new { s.CourseId, c.Title, s.Date })
                .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        Id = id;
        Course = session.Title;
        Date = session.Date;
        AlreadyRated = await db.Set<SessionEvaluation>().AnyAsync(e => e.SessionId == id && e.StaffMemberId == me, cancellationToken);
        return (session.CourseId, me!.Value);
    }
}

public sealed class EvaluationInput
{
    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? Useful { get; set; }

    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? Recommend { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the comment to 1,000 characters or fewer.")]
    [Display(Name = "Comment (optional)")]
    public string? Comment { get; set; }
}
