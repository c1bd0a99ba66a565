using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Platform.Demo;

/// <summary>
/// Seeds a fictional statewide network: three coalitions and the demo sign-ins, then hands over to each
/// module's <see cref="IDemoSeeder"/> for its own data. Every name here is made up.
/// </summary>
public sealed class DemoSeeding(
    AppDbContext db,
    UserManager<AppUser> users,
    ITenantContext tenant,
    IEnumerable<IDemoSeeder> seeders,
    TimeProvider clock)
{
    public static readonly (string Name, string Slug, string Region)[] DemoCoalitions =
    [
        ("Valle Central Whole Person Care Coalition", "valle-central", "San Joaquin Valley"),
        ("North Coast Care Collaborative", "north-coast", "North Coast"),
        ("Inland Bay Health Partnership", "inland-bay", "East Bay and Delta"),
    ];

    /// <summary>The demo sign-ins. All but the network admin belong to the first coalition.</summary>
    public static readonly (string Email, string Name, CoalitionRole? Role, int Coalition)[] DemoUsers =
    [
        ("network.admin@demo.test", "Nadia Okafor", null, -1),
        ("coalition.admin@demo.test", "Rosa Delgado", CoalitionRole.CoalitionAdmin, 0),
        ("supervisor@demo.test", "Marcus Bell", CoalitionRole.Supervisor, 0),
        ("worker@demo.test", "Lupe Herrera", CoalitionRole.Worker, 0),
        ("clinician@demo.test", "Dr. Priya Raman", CoalitionRole.TeamMember, 0),
        ("coalition2.admin@demo.test", "Owen Whitfield", CoalitionRole.CoalitionAdmin, 1),
        ("coalition3.admin@demo.test", "Thanh Nguyen", CoalitionRole.CoalitionAdmin, 2),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var coalitions = DemoCoalitions
            .Select(c => new Coalition { Name = c.Name, Slug = c.Slug, Region = c.Region, CreatedAt = now, ShareNameInNetwork = c.Slug != "inland-bay" })
            .ToList();
        db.Coalitions.AddRange(coalitions);
        await db.SaveChangesAsync(cancellationToken);

        var ids = new Dictionary<string, Guid>();
        foreach (var (email, name, role, index) in DemoUsers)
        {
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                IsNetworkAdmin = role is null,
                CurrentCoalitionId = index >= 0 ? coalitions[index].Id : null,
                PreferredCulture = email.StartsWith("worker", StringComparison.Ordinal) ? "es" : "en",
                CreatedAt = now,
            };
            var result = await users.CreateAsync(user, DemoContext.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            ids[email] = user.Id;
            if (role is { } r)
            {
                using (tenant.Enter(coalitions[index].Id))
                {
                    db.Memberships.Add(new CoalitionMembership { UserId = user.Id, Role = r, CreatedAt = now });
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
        }

        var context = new DemoContext
        {
            CoalitionIds = coalitions.Select(c => c.Id).ToList(),
            Users = ids,
            Today = DateOnly.FromDateTime(now),
        };
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(context, cancellationToken);
        }
    }
}
