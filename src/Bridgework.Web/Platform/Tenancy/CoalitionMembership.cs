using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;

namespace Bridgework.Web.Platform.Tenancy;

/// <summary>
/// A user's role in one coalition. A user may belong to several coalitions. Audited, so every grant,
/// change of role and loss of access stays in the coalition's trail.
/// </summary>
public sealed class CoalitionMembership : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid UserId { get; init; }

    public CoalitionRole Role { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public Guid Version { get; set; }
}
