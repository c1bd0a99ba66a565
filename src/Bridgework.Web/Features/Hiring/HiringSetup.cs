using System.Threading.RateLimiting;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Offers;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace Bridgework.Web.Features.Hiring;

/// <summary>Postings made from role templates, and the public job board candidates read without signing in.</summary>
public static class HiringSetup
{
    /// <summary>Rate-limit policy of the public application form: sends per address per hour (Hiring:ApplicationsPerHour, 10 by default).</summary>
    public const string ApplyRateLimit = "job-application";

    public static IServiceCollection AddHiring(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HiringOptions>(configuration.GetSection("Hiring"));
        services.AddScoped<ResumeFiles>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<Pipeline.MoveCandidates>();
        services.AddHiringOffers();
        services.AddScoped<Selection.Scorecards.PanelScores>();
        services.AddScoped<Selection.CandidateSelection>();
        services.AddScoped<Selection.Shadowing.ShadowingForm>();
        services.AddScoped<IHomeCardSource, Selection.SelectionHomeCards>();
        services.AddScoped<IDemoSeeder, Selection.SelectionDemoSeeder>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(ApplyRateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Hiring:ApplicationsPerHour", 10),
                    Window = TimeSpan.FromHours(1),
                })
            : RateLimitPartition.GetNoLimiter("read")));
        services.AddSingleton<IPermissionModule, HiringPermissions.Module>();
        services.AddSingleton(new NavItem("Hiring", "/Hiring", HiringPermissions.Read, typeof(HiringText), 20));
        services.AddScoped<IHomeCardSource, HiringHomeCards>();
        services.AddSingleton(new NavItem("Refer someone", "/Hiring/Referrals/Mine", HiringPermissions.ReferFromMenu, typeof(HiringText), 21));
        services.AddScoped<IHomeCardSource, Referrals.ReferralHomeCards>();
        services.AddScoped<IDemoSeeder, Referrals.ReferralDemoSeeder>();
        services.AddScoped<Reports.HiringReport>();
        services.AddScoped<IDemoSeeder, HiringDemoSeeder>();
        return services;
    }
}
