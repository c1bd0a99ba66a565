using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.People;

public static class PeoplePermissions
{
    /// <summary>Open the directory and profiles; supervisors are limited to their own teams by the record rules.</summary>
    public const string Read = "people.read";

    /// <summary>Create and edit organizations, sites, teams and staff records; import and export.</summary>
    public const string Manage = "people.manage";

    internal sealed class Module : IPermissionModule
    {
        public void Grant(PermissionGrants grants) => grants
            .Grant(Read, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(Manage, CoalitionRole.CoalitionAdmin);
    }
}
