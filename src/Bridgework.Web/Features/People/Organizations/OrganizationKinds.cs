namespace Bridgework.Web.Features.People.Organizations;

/// <summary>Readable names for <see cref="OrganizationKind"/>; they are the keys of the Spanish text.</summary>
public static class OrganizationKinds
{
    public static IReadOnlyList<OrganizationKind> All { get; } = Enum.GetValues<OrganizationKind>();

    public static string Name(OrganizationKind kind) => kind switch
    {
        OrganizationKind.PublicHealthCareSystem => "Public health care system",
        OrganizationKind.BehavioralHealthProvider => "Behavioral health provider",
        OrganizationKind.MediCalManagedCarePlan => "Medi-Cal managed care plan",
        OrganizationKind.SocialServiceOrganization => "Social service organization",
        OrganizationKind.CommunityBasedOrganization => "Community-based organization",
        _ => kind.ToString(),
    };
}
