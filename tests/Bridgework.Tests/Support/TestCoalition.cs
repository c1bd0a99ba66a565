using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Support;

/// <summary>A fresh coalition of its own for one test, with users in whatever roles the test asks for.</summary>
public sealed class TestCoalition
{
    public const string Password = "correct horse battery staple";

    private readonly AppFactory _app;

    private TestCoalition(AppFactory app, Guid id, string slug)
    {
        _app = app;
        Id = id;
        Slug = slug;
    }

    public Guid Id { get; }

    public string Slug { get; }

    public static async Task<TestCoalition> CreateAsync(AppFactory app, string? name = null)
    {
        var slug = "c-" + Guid.NewGuid().ToString("N")[..12];
        var id = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var coalition = new Coalition { Name = name ?? "Test coalition " + slug, Slug = slug, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Coalitions.Add(coalition);
            await db.SaveChangesAsync();
            return coalition.Id;
        });
        return new TestCoalition(app, id, slug);
    }

    /// <summary>Creates a user who is a member of this coalition in <paramref name="role"/>.</summary>
    public async Task<TestUser> UserAsync(CoalitionRole role, string? name = null)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var userId = await _app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? role.ToString(), CurrentCoalitionId = Id };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            var db = sp.GetRequiredService<AppDbContext>();
            db.Memberships.Add(new CoalitionMembership { UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
            return user.Id;
        }, Id);
        return new TestUser(_app, userId, email, Password);
    }

    public Task<TestUser> AdminAsync() => UserAsync(CoalitionRole.CoalitionAdmin);

    public Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> work) => _app.DbAsync(Id, work);
}

public sealed record TestUser(AppFactory App, Guid Id, string Email, string Password)
{
    /// <summary>A browser-like client (cookies kept, redirects not followed) signed in as this user.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = App.Browser();
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = Email, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
