using Bridgework.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bridgework.Web.Platform.Tenancy;

/// <summary>
/// Stamps new tenant-owned rows with the current coalition and refuses any write that would touch
/// another coalition's row, so a bug in a handler cannot cross the tenant line.
/// </summary>
public sealed class TenantSaveInterceptor(ITenantContext tenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry is { State: EntityState.Added, Entity: AuditEntry audit } && audit.CoalitionId == AuditEntry.Network)
            {
                // A line of the network's own trail, placed there by the audit interceptor on purpose.
                continue;
            }

            var current = tenant.CoalitionId
                ?? throw new TenantViolationException($"{entry.Metadata.ClrType.Name} was written with no coalition in scope.");

            if (entry.State == EntityState.Added && entry.Entity.CoalitionId == Guid.Empty)
            {
                entry.Entity.CoalitionId = current;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.CoalitionId
                : entry.Property(e => e.CoalitionId).OriginalValue;

            if (original != current || entry.Entity.CoalitionId != current)
            {
                throw new TenantViolationException($"{entry.Metadata.ClrType.Name} belongs to another coalition.");
            }
        }
    }
}

public sealed class TenantViolationException(string message) : InvalidOperationException(message);
