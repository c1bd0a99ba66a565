using Bridgework.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Platform.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies pending migrations, then seeds the demo network when the database is empty and the app
    /// is not running in Production. Seeding can be turned off with Demo:Seed=false.
    /// </summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Bridgework.Startup");

        await db.Database.MigrateAsync();

        var wanted = app.Configuration.GetValue("Demo:Seed", defaultValue: true);
        if (!wanted || app.Environment.IsProduction())
        {
            return;
        }

        if (await db.Coalitions.IgnoreQueryFilters().AnyAsync() || await db.Users.AnyAsync())
        {
            log.LogInformation("Database already has data; demo data not seeded.");
            return;
        }

        await services.GetRequiredService<DemoSeeding>().SeedAsync(CancellationToken.None);
        log.LogInformation("Demo network seeded.");
    }
}
