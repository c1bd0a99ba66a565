using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Network;

/// <summary>
/// Network admins add coalitions and invite each one's first coalition admin. They see no person-level
/// data of a coalition unless that coalition makes them a member.
/// </summary>
public static class NetworkSetup
{
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddSingleton(new NavItem("Network", "/Network", PlatformPermissions.ManageCoalitions, typeof(NetworkText), 90));
        return services;
    }
}
