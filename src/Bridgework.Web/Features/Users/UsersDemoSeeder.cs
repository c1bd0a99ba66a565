using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Features.Users;

/// <summary>
/// A few invitations in the first demo coalition, one of them expired, so the Users list and the
/// admin's home card show what waiting looks like. No mail is sent; nobody holds their links.
/// </summary>
internal sealed class UsersDemoSeeder(AppDbContext db, ITenantContext tenant, ILookupNormalizer normalizer, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Email, string Name, CoalitionRole Role, string Language, int DaysAgo)[] Invitations =
    [
        ("yesenia.chavez@demo.test", "Yesenia Chávez", CoalitionRole.Worker, "es", 1),
        ("darnell.brooks@demo.test", "Darnell Brooks", CoalitionRole.Worker, "en", 3),
        ("kim.tran@demo.test", "Kim Tran", CoalitionRole.TeamMember, "en", 10),
    ];

    public int Order => 80;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var admin = demo.Users["coalition.admin@demo.test"];
        using (tenant.Enter(demo.CoalitionIds[0]))
        {
            foreach (var (email, name, role, language, daysAgo) in Invitations)
            {
                var sent = now.AddDays(-daysAgo);
                var invitation = new Invitation
                {
                    Email = email,
                    NormalizedEmail = normalizer.NormalizeEmail(email),
                    DisplayName = name,
                    Role = role,
                    Language = language,
                    InvitedById = admin,
                    CreatedAt = sent,
                };
                invitation.Renew(sent);
                db.Invitations.Add(invitation);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
