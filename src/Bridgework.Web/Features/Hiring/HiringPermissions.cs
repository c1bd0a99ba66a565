using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.Hiring;

public static class HiringPermissions
{
    /// <summary>See postings and, later, the pipeline: supervisors sit on hiring panels.</summary>
    public const string Read = "hiring.read";

    /// <summary>Create and edit postings, change their status, move candidates.</summary>
    public const string Manage = "hiring.manage";

    /// <summary>Have a personal referral link and see what became of the people one referred: every staff role.</summary>
    public const string Refer = "hiring.refer";

    /// <summary>Score a candidate on a panel one sits on, and give feedback on field shadowing one hosts.</summary>
    public const string Tasks = "hiring.tasks";

    /// <summary>Referrals as their own menu entry, for the roles without a Hiring section; others reach them from Hiring.</summary>
    public const string ReferFromMenu = "hiring.refer.menu";

    internal sealed class Module : IPermissionModule
    {
        public void Grant(PermissionGrants grants) => grants
            .Grant(Read, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(Manage, CoalitionRole.CoalitionAdmin)
            .Grant(Refer, CoalitionRole.Worker, CoalitionRole.TeamMember, CoalitionRole.Supervisor, CoalitionRole.CoalitionAdmin)
            .Grant(Tasks, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor, CoalitionRole.Worker, CoalitionRole.TeamMember)
            .Grant(ReferFromMenu, CoalitionRole.Worker, CoalitionRole.TeamMember);
    }
}
