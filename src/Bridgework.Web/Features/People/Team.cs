using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.People;

/// <summary>A working group of staff with one supervisor.</summary>
public sealed class Team : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Guid? OrganizationId { get; set; }

    /// <summary>The staff record of the team's supervisor.</summary>
    public Guid? SupervisorId { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public List<TeamMember> Members { get; init; } = [];
}

public sealed class TeamMember : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid TeamId { get; set; }

    public Guid StaffMemberId { get; set; }
}
