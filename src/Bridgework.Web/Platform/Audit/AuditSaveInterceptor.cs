using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bridgework.Web.Platform.Audit;

/// <summary>
/// Writes an audit line for every change to an <see cref="IAudited"/> entity in the same save,
/// so the trail and the data cannot disagree.
/// </summary>
public sealed class AuditSaveInterceptor(IHttpContextAccessor http, ITenantContext tenant, TimeProvider clock)
    : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var user = http.HttpContext?.User;
        var userId = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var actor = user?.Identity?.Name ?? "system";
        var now = clock.GetUtcNow().UtcDateTime;

        var lines = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries<IAudited>())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var changes = Changes(entry, action.Value);
            if (action == AuditAction.Updated && changes.Count == 0)
            {
                continue;
            }

            var coalition = entry.Entity switch
            {
                ITenantOwned owned when owned.CoalitionId != Guid.Empty => owned.CoalitionId,
                IAuditedOwner owner => owner.OwnerCoalitionId ?? AuditEntry.Network,
                _ => tenant.CoalitionId,
            };
            if (coalition is null)
            {
                continue;
            }

            lines.Add(new AuditEntry
            {
                CoalitionId = coalition.Value,
                At = now,
                UserId = userId,
                Actor = actor,
                Action = action.Value,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity.Id,
                Changes = JsonSerializer.Serialize(changes),
            });
        }

        context.AddRange(lines);
    }

    private static Dictionary<string, AuditChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new Dictionary<string, AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is "Id" or "CoalitionId" or "Version" || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var from = action == AuditAction.Created ? null : Format(property.OriginalValue);
            var to = action == AuditAction.Deleted ? null : Format(property.CurrentValue);
            if (action == AuditAction.Updated && (!property.IsModified || from == to))
            {
                continue;
            }

            if (action == AuditAction.Created && to is null)
            {
                continue;
            }

            var sensitive = property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveAttribute>() is not null;
            changes[name] = sensitive ? new AuditChange(null, null, Redacted: true) : new AuditChange(from, to);
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public sealed record AuditChange(string? From, string? To, bool Redacted = false);
