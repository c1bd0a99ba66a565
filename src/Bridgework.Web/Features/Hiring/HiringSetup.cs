using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Hiring;

/// <summary>Postings made from role templates, and the public job board candidates read without signing in.</summary>
public static class HiringSetup
{
    public static IServiceCollection AddHiring(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionModule, HiringPermissions.Module>();
        services.AddSingleton(new NavItem("Hiring", "/Hiring", HiringPermissions.Read, typeof(HiringText), 20));
        services.AddScoped<IHomeCardSource, HiringHomeCards>();
        services.AddScoped<IDemoSeeder, HiringDemoSeeder>();
        return services;
    }
}
