using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bridgework.Tests.Support;

/// <summary>
/// The app in-process on its own fresh database with the real migrations: SQLite in memory, or a new
/// PostgreSQL database when BRIDGEWORK_TEST_POSTGRES holds a server connection string. One per test
/// class; tests inside it share the app but each makes its own coalition.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("BRIDGEWORK_TEST_POSTGRES");

    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresDatabase;

    public AppFactory()
    {
        if (string.IsNullOrWhiteSpace(PostgresServer))
        {
            _connectionString = $"Data Source=bw-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            // An in-memory SQLite database lives as long as one connection to it is open.
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
        else
        {
            _postgresDatabase = $"bw_test_{Guid.NewGuid():N}";
            _connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString;
        }
    }

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    /// <summary>The connection string of this factory's own database.</summary>
    public string ConnectionString => _connectionString;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero));

    /// <summary>Everything the app logged, at every level.</summary>
    public LogCapture Logs { get; } = new();

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "bw-mail-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while it builds its services.
        builder.UseSetting("Database:Provider", OnPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Bridgework", _connectionString);
        builder.UseSetting("Demo:Seed", "false");
        // Scheduled work is run by the tests themselves (app.RunJobAsync), on the fake clock.
        builder.UseSetting("Jobs:Run", "false");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        // Every test class signs in many times from one address; the limit itself is not under test.
        builder.UseSetting("Security:SignInPostsPerMinute", "100000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs <paramref name="work"/> in a service scope, acting for <paramref name="coalitionId"/> when given.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work, Guid? coalitionId = null)
    {
        using var scope = Services.CreateScope();
        var tenant = scope.ServiceProvider.GetRequiredService<Bridgework.Web.Platform.Tenancy.ITenantContext>();
        using (coalitionId is { } id ? tenant.Enter(id) : null)
        {
            return await work(scope.ServiceProvider);
        }
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work, Guid? coalitionId = null) =>
        InScopeAsync(async sp => { await work(sp); return true; }, coalitionId);

    public Task<T> DbAsync<T>(Guid coalitionId, Func<AppDbContext, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<AppDbContext>()), coalitionId);

    /// <summary>Runs the scheduled work <typeparamref name="TWork"/> for every coalition, as its daily job does; returns how many coalitions failed.</summary>
    public Task<int> RunJobAsync<TWork>()
        where TWork : Bridgework.Web.Platform.Jobs.ICoalitionWork =>
        Services.GetRequiredService<Bridgework.Web.Platform.Jobs.CoalitionJob<TWork>>().RunForEveryCoalitionAsync(CancellationToken.None);

    /// <summary>Mail written since the test started, newest last, as raw .eml text.</summary>
    public IReadOnlyList<string> Mail() =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Order().Select(File.ReadAllText).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        _keepAlive?.Dispose();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(PostgresServer);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}
