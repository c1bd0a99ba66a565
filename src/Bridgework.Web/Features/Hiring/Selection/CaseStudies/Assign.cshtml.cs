using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.CaseStudies;

/// <summary>At the case study phase, the admin gives a candidate one case study from the library (or changes it).</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class AssignModel(AppDbContext db, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public Guid? CaseStudyId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Guid Id { get; private set; }

    public string Candidate { get; private set; } = "";

    public string CandidateLanguage { get; private set; } = "en";

    public bool AtCaseStudy { get; private set; }

    public string? Current { get; private set; }

    public IReadOnlyList<(Guid Id, string Title, string Language)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var assignment = await LoadAsync(id, cancellationToken);
        if (Id == Guid.Empty)
        {
            return NotFound();
        }

        (CaseStudyId, Version) = assignment is null ? ((Guid?)null, Guid.Empty) : (assignment.CaseStudyId, assignment.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var assignment = await LoadAsync(id, cancellationToken);
        if (Id == Guid.Empty)
        {
            return NotFound();
        }

        if (!AtCaseStudy)
        {
            ModelState.AddModelError(string.Empty, text["Move the candidate to the case study phase first."]);
        }

        if (CaseStudyId is not { } caseStudyId || Choices.All(c => c.Id != caseStudyId))
        {
            ModelState.AddModelError(nameof(CaseStudyId), text["Choose a case study from the library."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.FindFirst("bw:display_name")?.Value ?? User.Identity?.Name ?? "unknown";
        if (assignment is null)
        {
            db.Add(new CaseStudyAssignment { ApplicationId = id, CaseStudyId = CaseStudyId!.Value, AssignedById = User.UserId(), AssignedBy = by, AssignedAt = now });
        }
        else
        {
            db.Entry(assignment).Property(a => a.Version).OriginalValue = Version;
            (assignment.CaseStudyId, assignment.AssignedById, assignment.AssignedBy, assignment.AssignedAt) = (CaseStudyId!.Value, User.UserId(), by, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version or a second first assignment: someone else chose while this form was open. Show theirs, keep the choice.
            db.ChangeTracker.Clear();
            var saved = await LoadAsync(id, cancellationToken);
            Version = saved?.Version ?? Guid.Empty;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, text["Someone else chose a case study for this candidate while you were choosing. It is shown below; send again to keep yours."]);
            return Page();
        }

        TempData["Flash"] = text["The case study was given to {0}.", Candidate].Value;
        return Redirect($"/Hiring/Pipeline/Candidate/{id}");
    }

    private async Task<CaseStudyAssignment?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<JobApplication>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Name,
                a.Language,
                AtCaseStudy = db.Set<PipelinePhase>().Any(p => p.Id == a.PhaseId && p.Activity == SelectionActivity.CaseStudy),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        (Id, Candidate, CandidateLanguage, AtCaseStudy) = (id, application.Name, application.Language, application.AtCaseStudy);
        var assignment = await db.Set<CaseStudyAssignment>().FirstOrDefaultAsync(a => a.ApplicationId == id, cancellationToken);
        Current = assignment is null ? null
            : await db.Set<CaseStudy>().Where(c => c.Id == assignment.CaseStudyId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken);
        var language = application.Language;
        Choices = (await db.Set<CaseStudy>().AsNoTracking().Where(c => !c.IsArchived)
            .OrderBy(c => c.Language == language ? 0 : 1).ThenBy(c => c.Title)
            .Select(c => new { c.Id, c.Title, c.Language })
            .Take(500)
            .ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Title, c.Language))
            .ToList();
        return assignment;
    }
}
