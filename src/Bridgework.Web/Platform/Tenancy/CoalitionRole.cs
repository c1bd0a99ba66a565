namespace Bridgework.Web.Platform.Tenancy;

/// <summary>What a member does inside one coalition. Network admin is a property of the user, not of a membership.</summary>
public enum CoalitionRole
{
    Worker = 0,
    TeamMember = 1,
    Supervisor = 2,
    CoalitionAdmin = 3,
}

public static class CoalitionRoles
{
    /// <summary>The roles in the order people are shown them: most access first.</summary>
    public static readonly CoalitionRole[] Ordered =
        [CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor, CoalitionRole.Worker, CoalitionRole.TeamMember];

    /// <summary>The readable English name, which is also the key of its translation in SharedText.</summary>
    public static string Label(this CoalitionRole role) => role switch
    {
        CoalitionRole.CoalitionAdmin => "Coalition admin",
        CoalitionRole.Supervisor => "Supervisor",
        CoalitionRole.Worker => "Worker",
        CoalitionRole.TeamMember => "Team member",
        _ => role.ToString(),
    };
}
