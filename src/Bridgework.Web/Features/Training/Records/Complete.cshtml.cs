using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Files;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>
/// A worker marks a course of the catalog done (a self-paced course, or one done on their own) with
/// evidence: a note, a file, or both. It waits for their supervisor like outside training.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(EvidenceFiles.MaxBytes + (1024 * 1024))]
public sealed class CompleteModel(
    AppDbContext db, EvidenceFiles files, CoalitionCalendar calendar, ITenantContext tenant, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the date you finished it.")]
    [Display(Name = "Date finished")]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "Keep the note to 1,000 characters or fewer.")]
    [Display(Name = "What you did")]
    public string? Note { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public Guid Id { get; private set; }

    public string Course { get; private set; } = "";

    public decimal Hours { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        CompletedOn = await calendar.TodayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && !c.IsArchived, cancellationToken);
        if (course is null || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var userId = User.UserId();
        var me = await db.Set<StaffMember>().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return Forbid();
        }

        if (CompletedOn is { } on && on > await calendar.TodayAsync(cancellationToken))
        {
            ModelState.AddModelError(nameof(CompletedOn), text["Enter a date that has passed: record training once it is done."]);
        }

        var kind = await EvidenceUpload.CheckAsync(Evidence, nameof(Evidence), required: false, ModelState, text, cancellationToken);
        if (Evidence is null && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), text["Tell your supervisor what you did, or upload a file that shows it."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = Evidence is null ? null : await files.SaveAsync(tenant.CoalitionId!.Value, Evidence, kind, cancellationToken);
        var record = new CompletionRecord
        {
            StaffMemberId = me.Value,
            CourseId = course.Id,
            Title = course.Title,
            CompletedOn = CompletedOn!.Value,
            Hours = course.Hours,
            RequirementId = course.RequirementId,
            IsLawAndEthics = course.IsLawAndEthics,
            EvidenceNote = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
            EvidenceStoredName = stored,
            EvidenceFileName = Evidence is null ? null : EvidenceFiles.CleanName(Evidence.FileName, kind),
            Source = CompletionSource.SelfPaced,
            Approval = ApprovalStatus.Pending,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was sent to your supervisor. Its hours count once they approve it.", record.Title].Value;
        return Redirect($"/Training/Records/Details/{record.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == id && !c.IsArchived)
            .Select(c => new { c.Title, c.Hours }).FirstOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            return false;
        }

        (Id, Course, Hours) = (id, course.Title, course.Hours);
        return true;
    }
}
