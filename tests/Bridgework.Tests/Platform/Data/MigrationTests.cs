using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Platform.Data;

public sealed class MigrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_this_providers_migrations()
    {
        var pending = await app.InScopeAsync(sp =>
            Task.FromResult(sp.GetRequiredService<AppDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending, "The model changed without a migration: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public async Task Every_migration_is_applied_at_start()
    {
        var pending = await app.InScopeAsync(async sp =>
            await sp.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync());

        Assert.Empty(pending);
    }
}
