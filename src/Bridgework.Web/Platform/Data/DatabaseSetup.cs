using System.Reflection;
using System.Runtime.Loader;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    public const string ConnectionName = "Bridgework";
    public const string SqliteMigrations = "Bridgework.Migrations.Sqlite";
    public const string PostgresMigrations = "Bridgework.Migrations.Postgres";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static IServiceCollection AddPlatformData(this IServiceCollection services, IConfiguration configuration)
    {
        LoadMigrationsBesideApp();
        var provider = Provider(configuration);
        var connection = configuration.GetConnectionString(ConnectionName)
            ?? (provider == DatabaseProvider.Sqlite ? "Data Source=data/bridgework.db" : throw new InvalidOperationException(
                "Set ConnectionStrings__Bridgework to a PostgreSQL connection string."));

        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(connection);
        }

        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<TenantSaveInterceptor>();
        services.AddScoped<AuditSaveInterceptor>();
        services.AddSingleton<VersionSaveInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            // Read here, not at registration: a host that adds configuration after Program has read
            // builder.Configuration (the test host's database) must still be the one that counts.
            var configuration = sp.GetRequiredService<IConfiguration>();
            var provider = Provider(configuration);
            var connection = configuration.GetConnectionString(ConnectionName)
                ?? (provider == DatabaseProvider.Sqlite ? "Data Source=data/bridgework.db" : throw new InvalidOperationException(
                    "Set ConnectionStrings__Bridgework to a PostgreSQL connection string."));
            Configure(options, provider, connection);
            options.AddInterceptors(
                sp.GetRequiredService<VersionSaveInterceptor>(),
                sp.GetRequiredService<AuditSaveInterceptor>(),
                sp.GetRequiredService<TenantSaveInterceptor>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connection)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connection, o => o.MigrationsAssembly(PostgresMigrations));
        }
        else
        {
            options.UseSqlite(connection, o => o.MigrationsAssembly(SqliteMigrations));
        }
    }

    /// <summary>
    /// The migrations projects reference this one, so this one cannot reference them; the build copies
    /// their assemblies beside the app and this lets EF load them by name.
    /// </summary>
    private static void LoadMigrationsBesideApp()
    {
        AssemblyLoadContext.Default.Resolving -= Resolve;
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not (SqliteMigrations or PostgresMigrations))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder) && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory
            && !builder.DataSource.Equals(":memory:", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
