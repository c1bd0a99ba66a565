using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.Careers;

public static class CareersPermissions
{
    /// <summary>Read published ladders and one's own path.</summary>
    public const string Read = "careers.read";

    /// <summary>Draft, edit and publish ladders; set pay settings; place workers and read placements.</summary>
    public const string Manage = "careers.manage";

    /// <summary>Start and revise promotion reviews for the workers one supervises.</summary>
    public const string Promote = "careers.promote";

    /// <summary>Network staff: network-wide benchmarks and ranges compared across coalitions.</summary>
    public const string Network = "careers.network";

    internal sealed class Module : IPermissionModule
    {
        public void Grant(PermissionGrants grants) => grants
            .Grant(Read, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor, CoalitionRole.Worker)
            .Grant(Manage, CoalitionRole.CoalitionAdmin)
            .Grant(Promote, CoalitionRole.Supervisor)
            .GrantNetworkAdmin(Network);
    }
}
