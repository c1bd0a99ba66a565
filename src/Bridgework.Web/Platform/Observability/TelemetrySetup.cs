using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bridgework.Web.Platform.Observability;

/// <summary>
/// Traces and metrics for requests, database calls and the runtime. They are exported over OTLP only when
/// an endpoint is configured (the standard OTEL_EXPORTER_OTLP_ENDPOINT variable), so a developer's machine
/// pays nothing for them.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("bridgework"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddNpgsql()
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
