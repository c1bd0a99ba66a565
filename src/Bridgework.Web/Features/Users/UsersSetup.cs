using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Users;

/// <summary>
/// Coalition admins manage who has access: members, their roles, and invitations. The permission is the
/// platform's <see cref="PlatformPermissions.ManageUsers"/>, granted to coalition admins.
/// </summary>
public static class UsersSetup
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<ChangeMemberRole>();
        services.AddScoped<DisableMember>();
        services.AddScoped<EnableMember>();
        services.AddScoped<IHomeCardSource, PendingInvitationsCard>();
        services.AddScoped<IDemoSeeder, UsersDemoSeeder>();
        services.AddSingleton(new NavItem("Users", "/Users", PlatformPermissions.ManageUsers, typeof(UsersText), 80));
        return services;
    }
}
