namespace Bridgework.Web.Platform.Tenancy;

/// <summary>What a member does inside one coalition. Network admin is a property of the user, not of a membership.</summary>
public enum CoalitionRole
{
    Worker = 0,
    TeamMember = 1,
    Supervisor = 2,
    CoalitionAdmin = 3,
}
