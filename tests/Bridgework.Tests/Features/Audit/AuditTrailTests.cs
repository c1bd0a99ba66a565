using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Audit;

public sealed class AuditTrailTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<Guid> AddWorkerAsync(TestCoalition coalition, string last)
    {
        return await coalition.DbAsync(async db =>
        {
            var org = new Organization { Name = "Audit Org " + last, Kind = OrganizationKind.CommunityBasedOrganization };
            var staff = new StaffMember { LegalFirstName = "Ana", LegalLastName = last, OrganizationId = org.Id };
            db.AddRange(org, staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });
    }

    [Fact]
    public async Task Creating_and_changing_a_staff_record_is_recorded_with_the_fields_that_changed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var staffId = await AddWorkerAsync(coalition, "Quintero");
        await coalition.DbAsync(async db =>
        {
            var staff = await db.Set<StaffMember>().SingleAsync(s => s.Id == staffId);
            staff.Phone = "(559) 555-0142";
            await db.SaveChangesAsync();
            return 0;
        });

        var entries = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == staffId).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        Assert.Contains("\"LegalLastName\"", entries[0].Changes);
        Assert.Contains("Quintero", entries[0].Changes);
        Assert.Contains("\"Phone\"", entries[1].Changes);
        Assert.DoesNotContain("LegalLastName", entries[1].Changes);
    }

    [Fact]
    public async Task Lived_experience_is_audited_without_its_value()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var staffId = await AddWorkerAsync(coalition, "Reyes");
        await coalition.DbAsync(async db =>
        {
            db.Add(new LivedExperience { StaffMemberId = staffId, Area = LivedExperienceArea.SubstanceUse });
            await db.SaveChangesAsync();
            return 0;
        });
        var admin = await coalition.AdminAsync();
        var client = await admin.SignInAsync();

        var stored = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(LivedExperience)).Select(a => a.Changes).SingleAsync());
        var page = await client.TextAsync("/Audit?Filter.Entity=LivedExperience");

        Assert.DoesNotContain(nameof(LivedExperienceArea.SubstanceUse), stored);
        Assert.DoesNotContain(nameof(LivedExperienceArea.SubstanceUse), page);
        Assert.Contains("changed (value hidden)", page);
    }

    [Fact]
    public async Task A_coalition_admin_browses_and_filters_the_trail_of_their_own_coalition_only()
    {
        var mine = await TestCoalition.CreateAsync(app);
        var theirs = await TestCoalition.CreateAsync(app);
        await AddWorkerAsync(mine, "Mendoza");
        await AddWorkerAsync(theirs, "Okonkwo");
        var admin = await mine.AdminAsync();
        var client = await admin.SignInAsync();

        var all = await client.TextAsync("/Audit");
        var organizations = await client.TextAsync("/Audit?Filter.Entity=Organization");

        Assert.Contains("Mendoza", all);
        Assert.DoesNotContain("Okonkwo", all);
        Assert.Contains("Audit Org Mendoza", organizations);
        Assert.DoesNotContain("Legal last name", organizations);
    }

    [Fact]
    public async Task A_date_range_that_ends_before_it_starts_is_explained()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var client = await admin.SignInAsync();

        var page = await client.TextAsync("/Audit?Filter.From=2026-03-10&Filter.To=2026-03-01");

        Assert.Contains("The end date must be on or after the start date.", page);
        Assert.Contains("value=\"2026-03-10\"", page);
    }

    [Theory]
    [InlineData(CoalitionRole.Worker)]
    [InlineData(CoalitionRole.Supervisor)]
    [InlineData(CoalitionRole.TeamMember)]
    public async Task Only_coalition_admins_may_read_the_trail(CoalitionRole role)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var user = await coalition.UserAsync(role);
        var client = await user.SignInAsync();

        var response = await client.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Errors/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
