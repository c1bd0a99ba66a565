using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Files;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>
/// One completion record with its evidence. The worker sees their own (and why it was returned); a
/// supervisor sees their people's and approves or returns one that waits, with a reason.
/// </summary>
public sealed class DetailsModel(
    AppDbContext db, StaffAccess access, EvidenceFiles files, PermissionGrants grants, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public View Record { get; private set; } = null!;

    public bool CanReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Record.StoredName is not { } stored)
        {
            return NotFound();
        }

        var path = files.PathOf(Record.CoalitionId, stored);
        // Always a download of an opaque type: a crafted file never renders in the browser.
        return System.IO.File.Exists(path) ? PhysicalFile(path, "application/octet-stream", Record.FileName ?? stored) : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) => ReviewAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) => ReviewAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> ReviewAsync(Guid id, bool approve, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanReview)
        {
            return Forbid();
        }

        var reason = Reason?.Trim();
        if (!approve && string.IsNullOrEmpty(reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Tell the worker why you are returning it, so they can fix it."]);
        }
        else if (reason?.Length > 500)
        {
            ModelState.AddModelError(nameof(Reason), text["Keep the reason to 500 characters or fewer."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await db.Set<CompletionRecord>().FirstAsync(c => c.Id == id, cancellationToken);
        db.Entry(record).Property(c => c.Version).OriginalValue = Version;
        record.Review(approve, reason, User.Identity?.Name, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError(string.Empty, text["Someone else reviewed this record while you were looking at it. Here is where it stands now."]);
            return Page();
        }

        TempData["Flash"] = (approve
            ? text["{0} is approved: its hours count.", record.Title]
            : text["{0} was returned to the worker with your reason.", record.Title]).Value;
        return Redirect("/Training/Records/Review");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => c.Id == id)
            .Join(db.Set<StaffMember>(), c => c.StaffMemberId, s => s.Id, (c, s) => new View(
                c.Id, c.CoalitionId, c.StaffMemberId, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, c.Title, c.Provider, c.CompletedOn, c.Hours,
                db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault(),
                c.IsLawAndEthics, c.Source, c.Approval, c.EvidenceNote, c.EvidenceStoredName, c.EvidenceFileName,
                c.ReviewedBy, c.ReviewedAt, c.ReturnReason, c.SessionId, c.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return false;
        }

        var viewer = await access.ViewerAsync(User, cancellationToken);
        var own = viewer.StaffId == record.StaffId;
        var theirs = !own && User.Has(TrainingPermissions.ReviewRecords, grants)
            && await access.Listable(viewer).AnyAsync(s => s.Id == record.StaffId, cancellationToken);
        if (!own && !theirs)
        {
            return false;
        }

        Record = record;
        // Nobody approves their own hours.
        CanReview = theirs && record.Approval == ApprovalStatus.Pending;
        if (!HttpMethods.IsPost(Request.Method))
        {
            Version = record.Version;
        }

        return true;
    }

    public sealed record View(
        Guid Id, Guid CoalitionId, Guid StaffId, string Worker, string Title, string? Provider, DateOnly CompletedOn, decimal Hours, string? Requirement,
        bool IsLawAndEthics, CompletionSource Source, ApprovalStatus Approval, string? Note, string? StoredName, string? FileName,
        string? ReviewedBy, DateTime? ReviewedAt, string? ReturnReason, Guid? SessionId, Guid Version);
}
