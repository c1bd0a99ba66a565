using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Platform.Data;

public sealed class TestDatabaseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_app_under_test_uses_the_database_the_test_run_asked_for()
    {
        var (provider, connection) = await app.InScopeAsync(sp =>
        {
            var database = sp.GetRequiredService<AppDbContext>().Database;
            return Task.FromResult((database.ProviderName, database.GetConnectionString()));
        });

        Assert.Equal(AppFactory.OnPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
        Assert.Equal(app.ConnectionString, connection);
    }
}
