using System.Net;
using Bridgework.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Bridgework.Tests.Platform.Observability;

public sealed class TelemetryTests
{
    private sealed class TracedApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317");
        }
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_configured_the_app_traces_and_still_serves()
    {
        using var app = new TracedApp();

        var live = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.NotNull(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public void Without_an_endpoint_no_tracer_is_started()
    {
        using var app = new AppFactory();
        _ = app.Services;

        Assert.Null(app.Services.GetService<TracerProvider>());
    }
}
