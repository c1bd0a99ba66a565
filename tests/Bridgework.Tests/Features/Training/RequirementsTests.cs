using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class RequirementsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coalition_admin_sees_the_seeded_rules_with_their_source_and_edits_one()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var peer = (await coalition.AddRequirementsAsync())[CredentialType.PeerSupportSpecialist];
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var list = await client.TextAsync("/Training/Requirements");
        var response = await client.PostFormAsync($"/Training/Requirements/Edit/{peer}", new()
        {
            ["Input.Name"] = "Peer support specialist renewal",
            ["Input.Period"] = "CertificationCycle",
            ["Input.CycleYears"] = "2",
            ["Input.Hours"] = "24",
            ["Input.LawAndEthicsHours"] = "6",
            ["Input.Source"] = "CalMHSA renewal rules, updated",
            ["Input.Version"] = (await coalition.DbAsync(db => db.Set<ContinuingEducationRequirement>().Where(r => r.Id == peer).Select(r => r.Version).SingleAsync())).ToString(),
        }, $"/Training/Requirements/Edit/{peer}");

        Assert.Contains("6 hours every calendar year", list);
        Assert.Contains("SB 803", list);
        Assert.Contains("Renew every 3 years", list);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(24m, await coalition.DbAsync(db => db.Set<ContinuingEducationRequirement>().Where(r => r.Id == peer).Select(r => r.Hours).SingleAsync()));
        Assert.True(await coalition.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == peer && a.Action == AuditAction.Updated)));
    }

    [Fact]
    public async Task Law_and_ethics_hours_cannot_exceed_the_total()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var peer = (await coalition.AddRequirementsAsync())[CredentialType.PeerSupportSpecialist];
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync($"/Training/Requirements/Edit/{peer}", new()
        {
            ["Input.Name"] = "Peer support specialist renewal",
            ["Input.Period"] = "CertificationCycle",
            ["Input.CycleYears"] = "2",
            ["Input.Hours"] = "4",
            ["Input.LawAndEthicsHours"] = "6",
        }, $"/Training/Requirements/Edit/{peer}");

        Assert.Contains("Law-and-ethics hours are part of the total", await response.Content.ReadAsStringAsync());
        Assert.Equal(20m, await coalition.DbAsync(db => db.Set<ContinuingEducationRequirement>().Where(r => r.Id == peer).Select(r => r.Hours).SingleAsync()));
    }

    [Fact]
    public async Task Supervisors_cannot_edit_requirements_and_another_coalition_gets_404()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var chw = (await coalition.AddRequirementsAsync())[CredentialType.CommunityHealthWorkerCertificate];
        var supervisor = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        DirectoryTests.AssertForbidden(await supervisor.GetAsync($"/Training/Requirements/Edit/{chw}"));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Requirements/Edit/{chw}")).StatusCode);
        Assert.DoesNotContain(chw.ToString(), await intruder.TextAsync("/Training/Requirements"));
    }
}
