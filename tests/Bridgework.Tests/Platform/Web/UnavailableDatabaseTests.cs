using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Platform.Web;

/// <summary>
/// A real database that goes away under the running app: a SQLite file whose folder is removed, with
/// pooling off so that every request has to open it again.
/// </summary>
public sealed class VanishingDatabaseFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bw-vanishing-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while it builds its services.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Bridgework", $"Data Source={Path.Combine(_folder, "bw.db")};Pooling=False");
        builder.UseSetting("Demo:Seed", "false");
    }

    public void TakeDatabaseAway()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

public sealed class UnavailableDatabaseTests
{
    [Fact]
    public async Task Health_says_ready_while_the_database_answers_and_not_ready_when_it_is_gone()
    {
        using var app = new VanishingDatabaseFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        app.TakeDatabaseAway();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_form_sent_while_the_database_is_gone_gets_a_503_page_that_says_nothing_was_saved_and_shows_what_was_typed()
    {
        using var app = new VanishingDatabaseFactory();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        app.TakeDatabaseAway();
        var response = await client.PostFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = "rosa.delgado@test.example",
            ["Input.Password"] = "a secret that must not be echoed",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Your last action was not saved", html);
        Assert.Contains("rosa.delgado@test.example", html);
        Assert.DoesNotContain("a secret that must not be echoed", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task A_signed_in_user_whose_database_goes_away_gets_the_503_page_not_a_stack_trace()
    {
        using var app = new VanishingDatabaseFactory();
        var coalitionId = Guid.Empty;
        var email = $"admin-{Guid.NewGuid():N}@test.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bridgework.Web.Platform.Data.AppDbContext>();
            var coalition = new Coalition { Name = "Vanishing", Slug = "vanishing-" + Guid.NewGuid().ToString("N")[..8] };
            db.Coalitions.Add(coalition);
            await db.SaveChangesAsync();
            coalitionId = coalition.Id;
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Bridgework.Web.Platform.Security.AppUser>>();
            var user = new Bridgework.Web.Platform.Security.AppUser { UserName = email, Email = email, CurrentCoalitionId = coalitionId };
            Assert.True((await users.CreateAsync(user, TestCoalition.Password)).Succeeded);
            using (scope.ServiceProvider.GetRequiredService<ITenantContext>().Enter(coalitionId))
            {
                db.Memberships.Add(new CoalitionMembership { UserId = user.Id, Role = CoalitionRole.CoalitionAdmin });
                await db.SaveChangesAsync();
            }
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = email, ["Input.Password"] = TestCoalition.Password });
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, await signIn.Content.ReadAsStringAsync());

        app.TakeDatabaseAway();
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Contains("can’t reach its database", await home.Content.ReadAsStringAsync());
    }
}
