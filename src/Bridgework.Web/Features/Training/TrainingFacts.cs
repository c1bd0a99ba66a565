using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training;

/// <summary>A credential a worker holds, for other modules.</summary>
public sealed record CredentialFact(string Name, DateOnly IssuedOn, DateOnly? ExpiresOn);

/// <summary>A course a worker completed, for other modules.</summary>
public sealed record CompletedCourseFact(string Title, DateOnly CompletedOn, decimal Hours);

/// <summary>A competency at the level the worker's supervisor last assessed, for other modules.</summary>
public sealed record CompetencyLevelFact(string Competency, Proficiency Level, DateOnly AssessedOn);

/// <summary>
/// What other modules may read about a worker's training, as plain records. Stays inside the current
/// coalition through the tenant filter; record rules are the caller's.
/// </summary>
public sealed class TrainingFacts(AppDbContext db)
{
    public async Task<IReadOnlyList<CredentialFact>> CredentialsAsync(Guid staffMemberId, CancellationToken cancellationToken) =>
        await db.Set<Credential>().AsNoTracking()
            .Where(c => c.StaffMemberId == staffMemberId)
            .OrderBy(c => c.Name)
            .Select(c => new CredentialFact(c.Name, c.IssuedOn, c.ExpiresOn))
            .Take(100)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CompletedCourseFact>> CompletedCoursesAsync(Guid staffMemberId, int take, CancellationToken cancellationToken) =>
        await db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => c.StaffMemberId == staffMemberId && c.Approval == ApprovalStatus.Approved)
            .OrderByDescending(c => c.CompletedOn).ThenBy(c => c.Title)
            .Select(c => new CompletedCourseFact(c.Title, c.CompletedOn, c.Hours))
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);

    /// <summary>The supervisor's latest rating of each competency the worker has been assessed on.</summary>
    public async Task<IReadOnlyList<CompetencyLevelFact>> CompetencyLevelsAsync(Guid staffMemberId, CancellationToken cancellationToken)
    {
        var ratings = await db.Set<Growth.CompetencyAssessment>().AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId && a.By == Growth.AssessedBy.Supervisor)
            .Join(db.Set<Competency>(), a => a.CompetencyId, c => c.Id, (a, c) => new { c.Name, a.Level, a.AssessedOn, a.RecordedAt })
            .OrderBy(a => a.Name).ThenByDescending(a => a.RecordedAt)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return ratings
            .GroupBy(a => a.Name)
            .Select(g => g.First())
            .Select(a => new CompetencyLevelFact(a.Name, a.Level, a.AssessedOn))
            .ToList();
    }

    /// <summary>The names of the coalition's competency framework (archived ones left out), in its order.</summary>
    public async Task<IReadOnlyList<string>> CompetencyNamesAsync(CancellationToken cancellationToken) =>
        await db.Set<Competency>().AsNoTracking()
            .Where(c => !c.IsArchived)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => c.Name)
            .Take(200)
            .ToListAsync(cancellationToken);
}
