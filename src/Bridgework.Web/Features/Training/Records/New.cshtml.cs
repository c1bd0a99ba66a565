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
/// A worker records training taken outside the catalog with its certificate, hours and the requirement it
/// counts toward. It waits for their supervisor: only approved hours count.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(EvidenceFiles.MaxBytes + (1024 * 1024))]
public sealed class NewModel(
    AppDbContext db, EvidenceFiles files, CoalitionCalendar calendar, ITenantContext tenant, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public OutsideInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Certificate { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Requirements { get; private set; } = [];

    public bool HasStaffRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HasStaffRecord = await MeAsync(cancellationToken) is not null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = await MeAsync(cancellationToken);
        if (me is null)
        {
            return Forbid();
        }

        HasStaffRecord = true;
        await LoadAsync(cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        if (Input.CompletedOn is { } on && on > today)
        {
            ModelState.AddModelError("Input.CompletedOn", text["Enter a date that has passed: record training once it is done."]);
        }

        if (Input.RequirementId is { } r && !Requirements.Any(x => x.Id == r))
        {
            ModelState.AddModelError("Input.RequirementId", text["Choose a requirement from the list."]);
        }

        var kind = await EvidenceUpload.CheckAsync(Certificate, nameof(Certificate), required: true, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await files.SaveAsync(tenant.CoalitionId!.Value, Certificate!, kind, cancellationToken);
        var record = new CompletionRecord
        {
            StaffMemberId = me.Value,
            Title = Input.Title.Trim(),
            Provider = string.IsNullOrWhiteSpace(Input.Provider) ? null : Input.Provider.Trim(),
            CompletedOn = Input.CompletedOn!.Value,
            Hours = Input.Hours!.Value,
            RequirementId = Input.RequirementId,
            IsLawAndEthics = Input.RequirementId is not null && Input.IsLawAndEthics,
            EvidenceNote = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            EvidenceStoredName = stored,
            EvidenceFileName = EvidenceFiles.CleanName(Certificate!.FileName, kind),
            Source = CompletionSource.Outside,
            Approval = ApprovalStatus.Pending,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was sent to your supervisor. Its hours count once they approve it.", record.Title].Value;
        return Redirect($"/Training/Records/Details/{record.Id}");
    }

    private async Task<Guid?> MeAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return userId is null ? null
            : await db.Set<StaffMember>().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Requirements = (await db.Set<ContinuingEducationRequirement>().AsNoTracking().Where(r => r.Hours > 0).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).Take(100).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)).ToList();
}
