using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bridgework.Web.Platform.Data;

/// <summary>Used only by scripts/add-migration.sh: builds the model for the provider it names.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(
            Environment.GetEnvironmentVariable("BRIDGEWORK_MIGRATIONS_PROVIDER") ?? "Sqlite", ignoreCase: true);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, provider == DatabaseProvider.Postgres
            ? "Host=localhost;Database=bridgework_design"
            : "Data Source=:memory:");
        return new AppDbContext(options.Options);
    }
}
