using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace Bridgework.EndToEnd.Support;

/// <summary>
/// The app on a real port of 127.0.0.1 with demo data, and Debian's Chromium driven by Playwright. One for
/// the whole suite: journeys run one after another, each in a fresh browser context. The database is a
/// new PostgreSQL database when BRIDGEWORK_TEST_POSTGRES holds a server connection string, otherwise a
/// temporary SQLite file; either is removed at the end.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("BRIDGEWORK_TEST_POSTGRES");

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "bw-e2e-" + Guid.NewGuid().ToString("N"));
    private string? _postgresDatabase;
    private Factory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    /// <summary>Where the app listens, such as http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public string MailFolder => Path.Combine(_dataFolder, "mail");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        string connection;
        if (OnPostgres)
        {
            _postgresDatabase = $"bw_e2e_{Guid.NewGuid():N}";
            connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            connection = $"Data Source={Path.Combine(_dataFolder, "bridgework.db")}";
        }

        _factory = new Factory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = OnPostgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Bridgework"] = connection,
            ["Demo:Seed"] = "true",
            ["Mail:PickupFolder"] = MailFolder,
            // Every journey signs in from 127.0.0.1; the per-address sign-in limit is not what they test.
            ["Security:SignInPostsPerMinute"] = "1000",
        });
        // Port 0 lets the system choose a free port, so a busy port never breaks a run.
        var port = int.TryParse(Environment.GetEnvironmentVariable("BRIDGEWORK_E2E_PORT"), out var p) ? p : 0;
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser context (no cookies) reading English, at <paramref name="width"/> px.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseUrl,
        Locale = "en-US",
        ViewportSize = new ViewportSize { Width = width, Height = height },
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private sealed class Factory(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development, as a newcomer runs it: demo data is seeded on the empty database.
            builder.UseEnvironment("Development");
            // Settings, not ConfigureAppConfiguration: Program reads the database settings before Build(),
            // and only host settings are visible that early.
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

/// <summary>All journeys share one app and one browser, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}
