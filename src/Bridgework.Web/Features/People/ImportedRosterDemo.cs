using System.Security.Cryptography;
using System.Text;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People;

/// <summary>
/// Each demo coalition's starting roster is recorded as one roster import, after the People demo data is
/// in: the demo shows an import history, and the tenant isolation checks find rows in this table too.
/// </summary>
internal sealed class ImportedRosterDemo(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    /// <summary>After the People demo roster (order 10).</summary>
    public int Order => 20;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var admin = demo.Users.TryGetValue("coalition.admin@demo.test", out var id) ? id : (Guid?)null;
        for (var i = 0; i < demo.CoalitionIds.Count; i++)
        {
            var coalition = demo.CoalitionIds[i];
            using (tenant.Enter(coalition))
            {
                var staff = await db.Set<StaffMember>().CountAsync(cancellationToken);
                db.Add(new ImportedRoster
                {
                    Id = Guid.CreateVersion7(),
                    FileName = "starting-roster.csv",
                    // The demo roster never was a file: the hash only tells the coalitions' entries apart.
                    FileHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("demo roster " + coalition))),
                    RowCount = staff,
                    ImportedAt = clock.GetUtcNow().UtcDateTime,
                    ImportedBy = i == 0 ? admin : null,
                });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
