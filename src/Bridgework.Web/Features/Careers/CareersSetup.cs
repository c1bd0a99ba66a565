using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Careers;

public static class CareersSetup
{
    public static IServiceCollection AddCareers(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionModule, CareersPermissions.Module>();
        services.AddSingleton(new NavItem("Careers", "/Careers", CareersPermissions.Read, typeof(CareersText), 40));
        services.AddScoped<IDemoSeeder, CareersDemoSeeder>();
        services.AddScoped<IHomeCardSource, BelowMinimumCard>();
        services.AddScoped<PublishLadder>();
        services.AddScoped<StartDraft>();
        services.AddScoped<CareerPay>();
        services.AddScoped<CurrentPlacements>();
        services.AddScoped<LadderReader>();
        return services;
    }
}
