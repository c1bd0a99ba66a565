using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.Hiring.Selection.Scorecards;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>The selecting part of a candidate's page: their case study, field shadowing and panels.</summary>
public sealed class CandidateSelection(AppDbContext db, PanelScores scores, PermissionGrants grants)
{
    public async Task<View> LoadAsync(Guid applicationId, Guid currentPhaseId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var canManage = user.Has(HiringPermissions.Manage, grants);
        var phases = await db.Set<PipelinePhase>().AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Name, p.Activity }).ToListAsync(cancellationToken);
        var current = phases.FirstOrDefault(p => p.Id == currentPhaseId);
        var caseStudy = await db.Set<CaseStudyAssignment>().AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .Select(a => new AssignedCaseStudy(
                a.CaseStudyId,
                db.Set<CaseStudy>().Where(c => c.Id == a.CaseStudyId).Select(c => c.Title).First(),
                db.Set<CaseStudy>().Where(c => c.Id == a.CaseStudyId).Select(c => c.Language).First(),
                a.AssignedBy,
                a.AssignedAt))
            .FirstOrDefaultAsync(cancellationToken);
        var shadowing = await db.Set<ShadowingSession>().AsNoTracking().Where(s => s.ApplicationId == applicationId)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.StartTime)
            .Take(20)
            .Select(s => new Shadow(
                s.Id,
                s.Date,
                s.StartTime,
                s.EndTime,
                s.Place,
                s.Status,
                db.Set<Team>().Where(t => t.Id == s.TeamId).Select(t => t.Name).First(),
                db.Set<StaffMember>().Where(m => m.Id == s.HostStaffId).Select(m => (m.PreferredName ?? m.LegalFirstName) + " " + m.LegalLastName).First(),
                db.Set<ShadowingFeedback>().Where(f => f.SessionId == s.Id)
                    .Select(f => new Feedback(f.RelatingToClients, f.Curiosity, f.Boundaries, f.WouldWorkWith, f.Comments, f.GivenAt))
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var panelPhases = await db.Set<Panelist>().AsNoTracking().Where(p => p.ApplicationId == applicationId)
            .Select(p => p.PhaseId).Distinct().ToListAsync(cancellationToken);
        if (current?.Activity == SelectionActivity.PanelInterview && !panelPhases.Contains(current.Id))
        {
            panelPhases.Add(current.Id);
        }

        var panels = new List<PanelView>();
        foreach (var phase in phases.Where(p => panelPhases.Contains(p.Id)))
        {
            var rows = await PanelRow.QueryAsync(db, applicationId, phase.Id, cancellationToken);
            var summary = rows.Any(r => r.Submitted) && await scores.MaySeeAsync(applicationId, phase.Id, user, cancellationToken)
                ? await scores.LoadAsync(applicationId, phase.Id, cancellationToken)
                : null;
            panels.Add(new PanelView(phase.Id, phase.Name, rows,
                phase.Activity == SelectionActivity.PanelInterview && !rows.Any(r => r.IsWorker), summary));
        }

        // The host wrote the feedback for the people who decide: coalition admins.
        if (!canManage)
        {
            shadowing = shadowing.Select(s => s with { Feedback = null }).ToList();
        }

        return new View(applicationId, canManage, current?.Activity ?? SelectionActivity.None, caseStudy, shadowing, panels);
    }

    public sealed record AssignedCaseStudy(Guid Id, string Title, string Language, string AssignedBy, DateTime AssignedAt);

    public sealed record Feedback(FieldObservation RelatingToClients, FieldObservation Curiosity, FieldObservation Boundaries, WouldWorkWith WouldWorkWith, string? Comments, DateTime GivenAt);

    public sealed record Shadow(Guid Id, DateOnly Date, TimeOnly Start, TimeOnly End, string Place, ShadowingStatus Status, string Team, string Host, Feedback? Feedback);

    public sealed record PanelView(Guid PhaseId, string Phase, IReadOnlyList<PanelRow> Panelists, bool NeedsWorker, PanelScores.Summary? Scores);

    public sealed record View(
        Guid ApplicationId,
        bool CanManage,
        SelectionActivity Activity,
        AssignedCaseStudy? CaseStudy,
        IReadOnlyList<Shadow> Shadowing,
        IReadOnlyList<PanelView> Panels);
}
