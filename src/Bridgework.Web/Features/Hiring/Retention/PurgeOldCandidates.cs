using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Offers;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Jobs;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bridgework.Web.Features.Hiring.Retention;

/// <summary>
/// Daily: removes for good the applications of candidates not hired whose last activity (applying, a move, an
/// offer step) is older than the coalition's retention period, with every row that depends on them and their
/// uploaded resumes. Dependents are found in the EF model, so a table another part of the app adds with a key
/// to an application goes with it. Logs and audits how many went per posting, never who. Running it again
/// finds nothing more to remove.
/// </summary>
public sealed class PurgeOldCandidates(
    AppDbContext db, ITenantContext tenant, TimeProvider clock, ResumeFiles resumes, ILogger<PurgeOldCandidates> log) : ICoalitionWork
{
    private const int BatchSize = 200;

    private static readonly MethodInfo KeysWhereMethod = typeof(PurgeOldCandidates).GetMethod(nameof(KeysWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeleteWhereMethod = typeof(PurgeOldCandidates).GetMethod(nameof(DeleteWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var coalitionId = tenant.CoalitionId ?? throw new InvalidOperationException("No coalition entered.");
        var settings = await HiringSettings.ReadAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddYears(-settings.EffectiveRetentionYears);
        var total = 0;
        while (true)
        {
            var batch = await db.Set<JobApplication>().AsNoTracking()
                .Where(a => a.SubmittedAt < cutoff)
                .Where(a => !db.Set<PipelinePhase>().Any(p => p.Id == a.PhaseId && p.Kind == PhaseKind.Hired))
                .Where(a => !db.Set<Offer>().Any(o => o.ApplicationId == a.Id && o.StaffMemberId != null))
                .Where(a => !db.Set<PhaseMove>().Any(m => m.ApplicationId == a.Id && m.MovedAt >= cutoff))
                .Where(a => !db.Set<Offer>().Any(o => o.ApplicationId == a.Id
                    && (o.MadeAt >= cutoff || db.Set<OfferStep>().Any(s => s.OfferId == o.Id && s.At >= cutoff))))
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.PostingId, a.ResumeStoredName })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var type = db.Model.FindEntityType(typeof(JobApplication))!;
                await DeleteAsync(type, batch.Select(a => a.Id).ToList(), [], cancellationToken);
                foreach (var posting in batch.GroupBy(a => a.PostingId))
                {
                    db.Add(new AuditEntry
                    {
                        CoalitionId = coalitionId,
                        At = now,
                        Actor = "Retention",
                        Action = AuditAction.Deleted,
                        Entity = nameof(JobApplication),
                        EntityId = posting.Key,
                        Changes = JsonSerializer.Serialize(new Dictionary<string, AuditChange>
                        {
                            ["Applications removed"] = new(null, posting.Count().ToString(CultureInfo.InvariantCulture)),
                            ["Retention years"] = new(null, settings.EffectiveRetentionYears.ToString(CultureInfo.InvariantCulture)),
                        }),
                    });
                    log.LogInformation(
                        "Retention removed {Count} applications of candidates not hired from posting {PostingId} (inactive for more than {Years} years)",
                        posting.Count(), posting.Key, settings.EffectiveRetentionYears);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // Files go after the commit: a failed run keeps both rows and files, to be tried again tomorrow.
            foreach (var stored in batch.Select(a => a.ResumeStoredName).OfType<string>())
            {
                var path = resumes.PathOf(coalitionId, stored);
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }

            total += batch.Count;
        }

        if (total > 0)
        {
            log.LogInformation("Retention removed {Count} applications in all for coalition {CoalitionId}", total, coalitionId);
        }
    }

    /// <summary>Deletes the rows of <paramref name="type"/> with these keys, after every row that refers to them, depth first.</summary>
    private async Task DeleteAsync(IEntityType type, List<Guid> ids, HashSet<IEntityType> path, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        path.Add(type);
        foreach (var foreignKey in type.GetReferencingForeignKeys())
        {
            var dependent = foreignKey.DeclaringEntityType;
            if (path.Contains(dependent) || dependent.IsOwned() || foreignKey.Properties.Count != 1 || KeyOf(dependent) is not { } dependentKey)
            {
                continue;
            }

            var column = foreignKey.Properties[0];
            var keys = await (Task<List<Guid>>)KeysWhereMethod.MakeGenericMethod(dependent.ClrType)
                .Invoke(null, [db, column.Name, column.ClrType == typeof(Guid?), dependentKey, ids, cancellationToken])!;
            await DeleteAsync(dependent, keys, path, cancellationToken);
        }

        path.Remove(type);
        await (Task<int>)DeleteWhereMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, KeyOf(type)!, ids, cancellationToken])!;
    }

    private static string? KeyOf(IEntityType type) =>
        type.FindPrimaryKey() is { Properties: [{ } key] } && key.ClrType == typeof(Guid) ? key.Name : null;

    private static Task<List<Guid>> KeysWhereAsync<T>(AppDbContext db, string column, bool nullable, string key, List<Guid> ids, CancellationToken cancellationToken)
        where T : class
    {
        var rows = db.Set<T>().AsNoTracking();
        if (nullable)
        {
            var maybe = ids.Select(i => (Guid?)i).ToList();
            rows = rows.Where(e => maybe.Contains(EF.Property<Guid?>(e, column)));
        }
        else
        {
            rows = rows.Where(e => ids.Contains(EF.Property<Guid>(e, column)));
        }

        return rows.Select(e => EF.Property<Guid>(e, key)).ToListAsync(cancellationToken);
    }

    private static Task<int> DeleteWhereAsync<T>(AppDbContext db, string key, List<Guid> ids, CancellationToken cancellationToken)
        where T : class =>
        db.Set<T>().Where(e => ids.Contains(EF.Property<Guid>(e, key))).ExecuteDeleteAsync(cancellationToken);
}
