namespace Bridgework.Web.Platform.Tenancy;

/// <summary>A user's role in one coalition. A user may belong to several coalitions.</summary>
public sealed class CoalitionMembership : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid UserId { get; init; }

    public CoalitionRole Role { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; init; }
}
