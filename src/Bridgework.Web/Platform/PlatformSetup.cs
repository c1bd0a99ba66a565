using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Jobs;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Bridgework.Web.Platform.Observability;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace Bridgework.Web.Platform;

public static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        services.AddSingleton(TimeProvider.System);
        // Spanish text stays readable in the HTML source instead of turning into &#xE1; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddPlatformData(configuration);
        services.AddPlatformTelemetry(configuration);
        services.AddPlatformSecurity(configuration);
        services.AddPlatformLocalization();
        services.AddPlatformJobs(configuration);
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.AddScoped<IMailer, Mailer>();
        services.AddScoped<MailLinks>();
        services.AddScoped<DemoSeeding>();
        services.AddScoped<Events.EventPublisher>();
        services.Configure<Files.EvidenceFileOptions>(configuration.GetSection("Uploads"));
        services.AddScoped<Files.EvidenceFiles>();

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                // Every page needs a signed-in user unless its folder or page says otherwise.
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToFolder("/Errors");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(LocalizationSetup.UseModuleResources)
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<DuplicateSubmissionFilter>();
            });

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        // Sign-in, two-factor, password reset and invitation forms: tries per address per minute
        // (Security:SignInPostsPerMinute, 30 by default). Only posts count: reading a form uses up no try.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("sign-in", context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:SignInPostsPerMinute", 30),
                        Window = TimeSpan.FromMinutes(1),
                    })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        return builder;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.UseExceptionHandler("/Errors/500");
        app.UseStatusCodePagesWithReExecute("/Errors/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseDatabaseUnavailableCheck();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
        await next();
    });
}
