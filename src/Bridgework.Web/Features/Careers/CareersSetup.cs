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
        services.AddSingleton(new NavItem("Pay benchmarks", "/Careers/Benchmarks", CareersPermissions.Network, typeof(CareersText), 85));
        services.AddScoped<Benchmarks.BenchmarkScope>();
        services.AddScoped<Benchmarks.LadderBenchmarks>();
        services.AddScoped<Placements.RecordPlacement>();
        services.AddScoped<Promotions.PromotionChecklist>();
        services.AddScoped<Promotions.PromotionAccess>();
        services.AddScoped<Promotions.ApprovePromotion>();
        services.AddScoped<IHomeCardSource, Promotions.PromotionCards>();
        services.AddScoped<Equity.PayEquityReport>();
        services.AddScoped<Simulation.BudgetSimulation>();
        services.AddScoped<Network.NetworkRanges>();
        services.AddScoped<IDemoSeeder, CareersMoreDemoSeeder>();
        return services;
    }
}
