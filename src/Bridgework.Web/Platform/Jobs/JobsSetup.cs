using Bridgework.Web.Platform.Data;
using Quartz;

namespace Bridgework.Web.Platform.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Quartz.NET: the in-memory store on SQLite; on PostgreSQL the clustered ADO.NET store (tables made
    /// on first start), so with several app nodes each run happens on one of them. Jobs:Run=false (the
    /// in-process tests) registers the jobs but starts no scheduler; tests run the work directly.
    /// </summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQuartz(q =>
        {
            if (DatabaseSetup.Provider(configuration) == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(configuration.GetConnectionString(DatabaseSetup.ConnectionName)!);
                    store.UseClustering();
                    store.ProvisionSchema();
                });
            }
        });

        if (configuration.GetValue("Jobs:Run", true))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>
    /// Runs <typeparamref name="TWork"/> for every coalition each day at <paramref name="hour"/>:00
    /// California time (where every coalition is), and registers it for tests and manual runs.
    /// </summary>
    public static IServiceCollection AddDailyCoalitionJob<TWork>(this IServiceCollection services, int hour)
        where TWork : class, ICoalitionWork
    {
        services.AddScoped<TWork>();
        services.AddTransient<CoalitionJob<TWork>>();
        services.AddQuartz(q =>
        {
            var key = new JobKey(typeof(TWork).Name);
            q.AddJob<CoalitionJob<TWork>>(j => j.WithIdentity(key));
            q.AddTrigger(t => t
                .ForJob(key)
                .WithIdentity(typeof(TWork).Name + "-daily")
                .WithCronSchedule($"0 0 {hour} * * ?", c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(Tenancy.CoalitionTime.DefaultZone))));
        });
        return services;
    }
}
