using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>The records the user's people reported themselves that wait for review, oldest first.</summary>
[Authorize(Policy = TrainingPermissions.ReviewRecords)]
public sealed class ReviewModel(AppDbContext db, StaffAccess access) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        var query = Waiting(db, access, viewer);
        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => Url.Page("Review", new { p = p == 1 ? null : (int?)p })!);
        Rows = await query
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Join(db.Set<StaffMember>(), c => c.StaffMemberId, s => s.Id, (c, s) => new Row(
                c.Id, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, c.Title, c.Source, c.CompletedOn, c.Hours,
                db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault(),
                c.EvidenceStoredName != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records waiting for this viewer: their people's, never their own.</summary>
    public static IQueryable<CompletionRecord> Waiting(AppDbContext db, StaffAccess access, StaffViewer viewer)
    {
        var people = access.Listable(viewer).Where(s => s.Id != viewer.StaffId);
        return db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => c.Approval == ApprovalStatus.Pending && people.Any(s => s.Id == c.StaffMemberId));
    }

    public sealed record Row(Guid Id, string Worker, string Title, CompletionSource Source, DateOnly CompletedOn, decimal Hours, string? Requirement, bool HasFile);
}
