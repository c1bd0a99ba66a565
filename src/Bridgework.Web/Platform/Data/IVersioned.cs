using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bridgework.Web.Platform.Data;

/// <summary>
/// A shared record edited through forms. <see cref="Version"/> is a concurrency token that changes on
/// every save, so an edit made from a stale copy fails with <see cref="DbUpdateConcurrencyException"/>
/// instead of overwriting someone else's change. It works the same on SQLite and PostgreSQL.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

public sealed class VersionSaveInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<IVersioned>() ?? [])
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
