using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Pipeline;

/// <summary>One candidate: what they told us, their resume as a download, and every move with who, when and why.</summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class CandidateModel(AppDbContext db, PermissionGrants grants, MoveCandidates move, ResumeFiles resumes, IStringLocalizer<HiringText> text, Selection.CandidateSelection selection) : PageModel
{
    public JobApplication Application { get; private set; } = null!;

    public string PostingTitle { get; private set; } = "";

    public string Phase { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> Phases { get; private set; } = [];

    public IReadOnlyList<HistoryLine> History { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Selection.CandidateSelection.View Selecting { get; private set; } = null!;

    [BindProperty]
    public Guid? MoveTo { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? ReasonId { get; set; }

    public Selection.ReasonFields ReasonFields => new(ReasonChoices, ReasonId, Reason);

    public IReadOnlyList<Selection.ReasonFields.Choice> ReasonChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetResumeAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<JobApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application?.ResumeStoredName is not { } stored)
        {
            return NotFound();
        }

        var path = resumes.PathOf(application.CoalitionId, stored);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        // Always a download of an opaque type: a crafted file never renders in the browser.
        return PhysicalFile(path, "application/octet-stream", application.ResumeFileName ?? stored);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.Has(HiringPermissions.Manage, grants))
        {
            return Forbid();
        }

        if (!await db.Set<JobApplication>().AnyAsync(a => a.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (outcome, _) = MoveTo is { } phaseId
            ? await move.HandleAsync([id], phaseId, new Selection.MoveReason(ReasonId, Reason), User, cancellationToken)
            : (MoveCandidates.Outcome.UnknownPhase, 0);
        if (outcome == MoveCandidates.Outcome.Moved)
        {
            TempData["Flash"] = text["The candidate was moved."].Value;
            return Redirect($"/Hiring/Pipeline/Candidate/{id}");
        }

        if (outcome == MoveCandidates.Outcome.ReasonNeeded)
        {
            ModelState.AddModelError(nameof(ReasonId), text["Give a reason: it stays in the candidate’s history."]);
        }
        else if (outcome == MoveCandidates.Outcome.ReasonNotListed)
        {
            ModelState.AddModelError(nameof(ReasonId), text["Choose a reason listed for that phase."]);
        }
        else
        {
            ModelState.AddModelError(nameof(MoveTo), text["Choose the phase to move them to."]);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<JobApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        CanManage = User.Has(HiringPermissions.Manage, grants);
        ReasonChoices = CanManage ? await Selection.ReasonFields.LoadAsync(db, cancellationToken) : [];
        PostingTitle = await db.Set<Posting>().Where(p => p.Id == application.PostingId).Select(p => p.Title).FirstAsync(cancellationToken);
        var phases = await db.Set<PipelinePhase>().AsNoTracking().OrderBy(p => p.SortOrder).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Phases = phases.Select(p => (p.Id, p.Name)).ToList();
        Phase = phases.FirstOrDefault(p => p.Id == application.PhaseId)?.Name ?? "";
        History = await db.Set<PhaseMove>().AsNoTracking().Where(m => m.ApplicationId == id)
            .OrderByDescending(m => m.MovedAt).ThenByDescending(m => m.Id)
            .Take(200)
            .Select(m => new HistoryLine(
                m.MovedAt,
                m.MovedBy,
                db.Set<PipelinePhase>().Where(p => p.Id == m.FromPhaseId).Select(p => p.Name).FirstOrDefault(),
                db.Set<PipelinePhase>().Where(p => p.Id == m.ToPhaseId).Select(p => p.Name).First(),
                m.ReasonNote == null ? m.Reason : m.Reason + " · " + m.ReasonNote))
            .ToListAsync(cancellationToken);
        Selecting = await selection.LoadAsync(id, application.PhaseId, User, cancellationToken);
        return true;
    }

    public sealed record HistoryLine(DateTime At, string By, string? From, string To, string? Reason);
}
