using System.Collections.Concurrent;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Jobs;
using Microsoft.AspNetCore.Hosting;

namespace Bridgework.Tests.Platform.Jobs;

public sealed class CoalitionJobTests(CoalitionJobTests.JobsApp app) : IClassFixture<CoalitionJobTests.JobsApp>
{
    [Fact]
    public async Task A_daily_job_runs_once_for_each_coalition_acting_for_it_and_one_failure_stops_no_other()
    {
        var first = await TestCoalition.CreateAsync(app);
        var failing = await TestCoalition.CreateAsync(app);
        var last = await TestCoalition.CreateAsync(app);
        Probe.FailFor = failing.Id;

        var failed = await app.RunJobAsync<Probe>();

        Assert.Equal(1, failed);
        Assert.Contains(first.Id, Probe.Seen);
        Assert.Contains(last.Id, Probe.Seen);
        Assert.Single(Probe.Seen, id => id == first.Id);
        Assert.Contains("Probe failed for coalition " + failing.Id, app.Logs.All, StringComparison.Ordinal);
    }

    public sealed class Probe(Bridgework.Web.Platform.Tenancy.ITenantContext tenant) : ICoalitionWork
    {
        public static ConcurrentBag<Guid> Seen { get; } = [];

        public static Guid FailFor { get; set; }

        public Task RunAsync(CancellationToken cancellationToken)
        {
            var id = tenant.CoalitionId ?? throw new InvalidOperationException("No coalition entered.");
            if (id == FailFor)
            {
                throw new InvalidOperationException("Simulated failure.");
            }

            Seen.Add(id);
            return Task.CompletedTask;
        }
    }

    public sealed class JobsApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddDailyCoalitionJob<Probe>(hour: 6));
        }
    }
}
