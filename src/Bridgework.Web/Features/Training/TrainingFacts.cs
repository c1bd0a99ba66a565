using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training;

/// <summary>A credential a worker holds, for other modules.</summary>
public sealed record CredentialFact(string Name, DateOnly IssuedOn, DateOnly? ExpiresOn);

/// <summary>A course a worker completed, for other modules.</summary>
public sealed record CompletedCourseFact(string Title, DateOnly CompletedOn, decimal Hours);

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
            .Where(c => c.StaffMemberId == staffMemberId)
            .OrderByDescending(c => c.CompletedOn).ThenBy(c => c.Title)
            .Select(c => new CompletedCourseFact(c.Title, c.CompletedOn, c.Hours))
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);
}
