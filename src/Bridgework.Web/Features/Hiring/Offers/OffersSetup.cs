using Bridgework.Web.Features.Hiring.Retention;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Jobs;

namespace Bridgework.Web.Features.Hiring.Offers;

public static class OffersSetup
{
    /// <summary>Conditional offers with the fair-chance steps, the hire into People, candidate mail, and the retention purge.</summary>
    public static IServiceCollection AddHiringOffers(this IServiceCollection services)
    {
        services.AddScoped<CandidateMail>();
        services.AddScoped<OfferSteps>();
        services.AddScoped<OfferPanel>();
        services.AddScoped<HireCandidate>();
        services.AddScoped<IHomeCardSource, OfferHomeCards>();
        services.AddScoped<IDemoSeeder, OfferDemoSeeder>();
        // 03:00 California time: after the day's work, before anyone reads the pipeline.
        services.AddDailyCoalitionJob<PurgeOldCandidates>(hour: 3);
        return services;
    }
}
