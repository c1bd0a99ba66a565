using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Bridgework.Web.Platform.Jobs;

/// <summary>
/// Scheduled work done for one coalition at a time (reminders, retention purges). It runs in its own
/// service scope with the coalition entered, so the tenant filter and save interceptor apply as they do
/// in a request. It must be idempotent: a run repeated on the same day changes and sends nothing twice.
/// </summary>
public interface ICoalitionWork
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>Runs <typeparamref name="TWork"/> for every coalition, each in a scope of its own; one coalition's failure does not stop the others.</summary>
[DisallowConcurrentExecution]
public sealed class CoalitionJob<TWork>(IServiceScopeFactory scopes, ILogger<CoalitionJob<TWork>> log) : IJob
    where TWork : ICoalitionWork
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RunForEveryCoalitionAsync(cancellationToken);

    public async Task<int> RunForEveryCoalitionAsync(CancellationToken cancellationToken)
    {
        List<Guid> coalitions;
        using (var scope = scopes.CreateScope())
        {
            coalitions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Coalitions
                .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var failed = 0;
        foreach (var coalitionId in coalitions)
        {
            using var scope = scopes.CreateScope();
            using (scope.ServiceProvider.GetRequiredService<ITenantContext>().Enter(coalitionId))
            {
                try
                {
                    await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    log.LogError(e, "{Job} failed for coalition {CoalitionId}", typeof(TWork).Name, coalitionId);
                }
            }
        }

        return failed;
    }
}
