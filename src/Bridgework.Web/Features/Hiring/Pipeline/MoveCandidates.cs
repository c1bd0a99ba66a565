using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Pipeline;

/// <summary>Moves one or many candidates to a phase and writes a history line for each, in one save.</summary>
public sealed class MoveCandidates(AppDbContext db, TimeProvider clock, Offers.CandidateMail mail)
{
    public enum Outcome
    {
        Moved,
        UnknownPhase,
        ReasonNeeded,
        NothingChosen,
        ReasonNotListed,
    }

    public Task<(Outcome Outcome, int Count)> HandleAsync(
        IReadOnlyCollection<Guid> applicationIds, Guid phaseId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        HandleAsync(applicationIds, phaseId, new Selection.MoveReason(null, reason), user, cancellationToken);

    /// <summary>An ending phase takes a reason from the coalition's list (and an optional note), or a typed reason.</summary>
    public async Task<(Outcome Outcome, int Count)> HandleAsync(
        IReadOnlyCollection<Guid> applicationIds, Guid phaseId, Selection.MoveReason why, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (applicationIds.Count == 0)
        {
            return (Outcome.NothingChosen, 0);
        }

        var phase = await db.Set<PipelinePhase>().FirstOrDefaultAsync(p => p.Id == phaseId, cancellationToken);
        if (phase is null)
        {
            return (Outcome.UnknownPhase, 0);
        }

        var note = string.IsNullOrWhiteSpace(why.Note) ? null : why.Note.Trim();
        var listed = why.ReasonId is { } reasonId && phase.RequiresReason
            ? await db.Set<Selection.EndingReason>().FirstOrDefaultAsync(r => r.Id == reasonId && r.Kind == phase.Kind && !r.IsArchived, cancellationToken)
            : null;
        if (why.ReasonId is not null && phase.RequiresReason && listed is null)
        {
            return (Outcome.ReasonNotListed, 0);
        }

        var reason = listed?.Label ?? note;
        if (phase.RequiresReason && reason is null)
        {
            return (Outcome.ReasonNeeded, 0);
        }

        var applications = await db.Set<JobApplication>()
            .Where(a => applicationIds.Contains(a.Id) && a.PhaseId != phaseId)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        foreach (var application in applications)
        {
            var move = Record(db, application, phaseId, reason, userId, ActorName(user), now);
            move.ReasonId = listed?.Id;
            move.ReasonNote = listed is null ? null : note;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (phase.Kind == PhaseKind.NotSelected)
        {
            foreach (var application in applications)
            {
                await mail.SendAsync(application.Id, Offers.CandidateMail.Kind.NotSelected, null, cancellationToken);
            }
        }

        return (Outcome.Moved, applications.Count);
    }

    public static string ActorName(ClaimsPrincipal user) => user.FindFirst("bw:display_name")?.Value ?? user.Identity?.Name ?? "unknown";

    /// <summary>Moves one candidate and writes the history line, without saving: the caller's one save holds it.</summary>
    public static PhaseMove Record(AppDbContext db, JobApplication application, Guid phaseId, string? reason, Guid? userId, string by, DateTime now)
    {
        var move = new PhaseMove
        {
            ApplicationId = application.Id,
            FromPhaseId = application.PhaseId,
            ToPhaseId = phaseId,
            Reason = reason,
            MovedById = userId,
            MovedBy = by,
            MovedAt = now,
        };
        db.Add(move);
        application.PhaseId = phaseId;
        return move;
    }
}
