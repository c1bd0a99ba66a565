using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.People;

/// <summary>A member organization of the coalition.</summary>
public sealed class Organization : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public OrganizationKind Kind { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? PostalCode { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public List<Site> Sites { get; init; } = [];
}

public enum OrganizationKind
{
    PublicHealthCareSystem = 0,
    BehavioralHealthProvider = 1,
    MediCalManagedCarePlan = 2,
    SocialServiceOrganization = 3,
    CommunityBasedOrganization = 4,
}

/// <summary>A place an organization works from: a clinic, an office, a drop-in center.</summary>
public sealed class Site : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string Name { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? PostalCode { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }
}
