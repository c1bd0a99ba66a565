using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Pipeline;

/// <summary>The candidates of one posting, by phase; admins move one or many at once, supervisors read.</summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class IndexModel(AppDbContext db, PermissionGrants grants, MoveCandidates move, IStringLocalizer<HiringText> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public Guid? Phase { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public Guid? MoveTo { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? ReasonId { get; set; }

    public Selection.ReasonFields ReasonFields => new(ReasonChoices, ReasonId, Reason);

    public IReadOnlyList<Selection.ReasonFields.Choice> ReasonChoices { get; private set; } = [];

    public Guid Id { get; private set; }

    public string PostingTitle { get; private set; } = "";

    public IReadOnlyList<PhaseCount> Phases { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.Has(HiringPermissions.Manage, grants))
        {
            return Forbid();
        }

        if (!await db.Set<Posting>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        // Only this posting's candidates can be moved from its list.
        var ids = await db.Set<JobApplication>().Where(a => a.PostingId == id && Selected.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var (outcome, count) = ids.Count == 0
            ? (MoveCandidates.Outcome.NothingChosen, 0)
            : MoveTo is { } phaseId
            ? await move.HandleAsync(ids, phaseId, new Selection.MoveReason(ReasonId, Reason), User, cancellationToken)
            : (MoveCandidates.Outcome.UnknownPhase, 0);
        switch (outcome)
        {
            case MoveCandidates.Outcome.Moved:
                TempData["Flash"] = text["{0} candidates moved.", count].Value;
                return Redirect(UrlFor(PageNumber, id));
            case MoveCandidates.Outcome.NothingChosen:
                ModelState.AddModelError(nameof(Selected), text["Choose at least one candidate to move."]);
                break;
            case MoveCandidates.Outcome.ReasonNeeded:
                ModelState.AddModelError(nameof(ReasonId), text["Give a reason: it stays in the candidate’s history."]);
                break;
            case MoveCandidates.Outcome.ReasonNotListed:
                ModelState.AddModelError(nameof(ReasonId), text["Choose a reason listed for that phase."]);
                break;
            default:
                ModelState.AddModelError(nameof(MoveTo), text["Choose the phase to move them to."]);
                break;
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var title = await db.Set<Posting>().Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        (Id, PostingTitle) = (id, title);
        CanManage = User.Has(HiringPermissions.Manage, grants);
        ReasonChoices = CanManage ? await Selection.ReasonFields.LoadAsync(db, cancellationToken) : [];
        Phases = await db.Set<PipelinePhase>().AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new PhaseCount(p.Id, p.Name, p.Kind, db.Set<JobApplication>().Count(a => a.PostingId == id && a.PhaseId == p.Id)))
            .ToListAsync(cancellationToken);
        var query = db.Set<JobApplication>().AsNoTracking().Where(a => a.PostingId == id);
        if (Phase is { } phase)
        {
            query = query.Where(a => a.PhaseId == phase);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, page => UrlFor(page, id));
        Rows = await query.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(a => new Row(a.Id, a.Name, a.HeardFrom, a.Languages, a.SubmittedAt,
                db.Set<PipelinePhase>().Where(p => p.Id == a.PhaseId).Select(p => p.Name).First()))
            .ToListAsync(cancellationToken);
        return true;
    }

    public string UrlFor(int page, Guid id) => $"/Hiring/Pipeline/{id}" + (Phase is null && page == 1 ? "" : "?" +
        string.Join("&", new[] { Phase is { } f ? $"phase={f}" : null, page > 1 ? $"p={page}" : null }.Where(s => s is not null)));

    public sealed record PhaseCount(Guid Id, string Name, PhaseKind Kind, int Count);

    public sealed record Row(Guid Id, string Name, HeardFrom HeardFrom, string Languages, DateTime SubmittedAt, string Phase);
}
