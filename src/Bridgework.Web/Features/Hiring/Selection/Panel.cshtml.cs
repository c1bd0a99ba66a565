using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.Hiring.Selection.Scorecards;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>The people who score one candidate at one phase: the admin adds and removes them and reads their scores.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class PanelModel(AppDbContext db, PanelScores scores, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Phase { get; set; }

    [BindProperty]
    public Guid? StaffMemberId { get; set; }

    public Guid Id { get; private set; }

    public string Candidate { get; private set; } = "";

    public string PostingTitle { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name, SelectionActivity Activity)> Phases { get; private set; } = [];

    public IReadOnlyList<PanelRow> Panel { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Choices { get; private set; } = [];

    public bool NeedsWorker { get; private set; }

    public PanelScores.Summary Scores { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Phase is not { } phaseId)
        {
            return NotFound();
        }

        if (StaffMemberId is not { } staffId || !Choices.Any(c => c.Id == staffId))
        {
            ModelState.AddModelError(nameof(StaffMemberId), text["Choose a person with a sign-in who is not on this panel yet."]);
            return Page();
        }

        db.Add(new Panelist
        {
            ApplicationId = id,
            PhaseId = phaseId,
            StaffMemberId = staffId,
            AddedBy = User.FindFirst("bw:display_name")?.Value ?? User.Identity?.Name ?? "unknown",
            AddedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} is on the panel. They will find the scorecard under My hiring tasks.", Choices.First(c => c.Id == staffId).Name].Value;
        return Redirect($"/Hiring/Selection/Panel/{id}?phase={phaseId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid panelist, CancellationToken cancellationToken)
    {
        var row = await db.Set<Panelist>().FirstOrDefaultAsync(p => p.Id == panelist && p.ApplicationId == id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        if (await db.Set<Scorecard>().AnyAsync(c => c.PanelistId == panelist, cancellationToken))
        {
            Phase = row.PhaseId;
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError(string.Empty, text["This panelist has submitted a scorecard, so they stay on the panel."]);
            return Page();
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The panelist was removed."].Value;
        return Redirect($"/Hiring/Selection/Panel/{id}?phase={row.PhaseId}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<JobApplication>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Name, a.PhaseId, Posting = db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => p.Title).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return false;
        }

        (Id, Candidate, PostingTitle) = (id, application.Name, application.Posting);
        var phases = await db.Set<PipelinePhase>().AsNoTracking().Where(p => p.Kind == PhaseKind.InProgress).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Name, p.Activity }).ToListAsync(cancellationToken);
        Phases = phases.Select(p => (p.Id, p.Name, p.Activity)).ToList();
        if (Phase is not { } chosen || phases.All(p => p.Id != chosen))
        {
            Phase = phases.Any(p => p.Id == application.PhaseId) ? application.PhaseId
                : phases.FirstOrDefault(p => p.Activity == SelectionActivity.PanelInterview)?.Id ?? phases.FirstOrDefault()?.Id;
        }

        var phaseId = Phase ?? Guid.Empty;
        Panel = await PanelRow.QueryAsync(db, id, phaseId, cancellationToken);
        NeedsWorker = phases.Any(p => p.Id == phaseId && p.Activity == SelectionActivity.PanelInterview) && !Panel.Any(p => p.IsWorker);
        var onPanel = Panel.Select(p => p.StaffMemberId).ToList();
        Choices = (await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.UserId != null && s.Status == EmploymentStatus.Active && !onPanel.Contains(s.Id))
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobTitle })
            .Take(500)
            .ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.JobTitle is null ? s.Name : $"{s.Name} · {s.JobTitle}"))
            .ToList();
        Scores = await scores.LoadAsync(id, phaseId, cancellationToken);
        return true;
    }
}

/// <summary>One member of a panel, whether they count as a worker on it, and whether they have scored.</summary>
public sealed record PanelRow(Guid Id, Guid StaffMemberId, string Name, string? JobTitle, bool IsWorker, bool Submitted)
{
    public static async Task<IReadOnlyList<PanelRow>> QueryAsync(AppDbContext db, Guid applicationId, Guid phaseId, CancellationToken cancellationToken) =>
        await db.Set<Panelist>().AsNoTracking()
            .Where(p => p.ApplicationId == applicationId && p.PhaseId == phaseId)
            .OrderBy(p => p.AddedAt)
            .Take(50)
            .Select(p => new PanelRow(
                p.Id,
                p.StaffMemberId,
                db.Set<StaffMember>().Where(s => s.Id == p.StaffMemberId).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).First(),
                db.Set<StaffMember>().Where(s => s.Id == p.StaffMemberId).Select(s => s.JobTitle).First(),
                db.Set<StaffMember>().Any(s => s.Id == p.StaffMemberId && PanelScores.WorkerFamilies.Contains(s.JobFamily)),
                db.Set<Scorecard>().Any(c => c.PanelistId == p.Id)))
            .ToListAsync(cancellationToken);
}
