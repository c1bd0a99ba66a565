using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Platform.Audit;

/// <summary>One append-only line of the audit trail: who did what to which record, and which fields changed.</summary>
public sealed class AuditEntry : ITenantOwned
{
    /// <summary>
    /// The coalition id of the network's own trail: changes to records no coalition owns, such as
    /// network-wide pay benchmarks. No coalition has this id, so no coalition's trail shows them.
    /// </summary>
    public static readonly Guid Network = Guid.AllBitsSet;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public DateTime At { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>The actor's name at the time, kept so the trail reads well after the account is gone.</summary>
    public string Actor { get; init; } = "";

    public AuditAction Action { get; init; }

    /// <summary>The entity's type name, for example "StaffMember".</summary>
    public string Entity { get; init; } = "";

    public Guid EntityId { get; init; }

    /// <summary>JSON object: field name to { "from": ..., "to": ... }; sensitive fields carry no values.</summary>
    public string Changes { get; init; } = "{}";
}

public enum AuditAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
    Viewed = 3,
}

/// <summary>Marks an entity whose every create, update and delete goes to the audit trail.</summary>
public interface IAudited
{
    Guid Id { get; }
}

/// <summary>A field whose value never goes into the audit trail or logs; only that it changed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
