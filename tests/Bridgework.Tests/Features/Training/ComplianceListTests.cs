using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.Training;

public sealed class ComplianceListTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The test clock stands at 2 March 2026.
    private static readonly DateOnly Certified = new(2022, 5, 1);

    private sealed record Team(TestCoalition Coalition, TestUser Supervisor, TestUser Worker, Guid Compliant, Guid AtRisk, Guid Lapsed, Guid Elsewhere);

    private async Task<Team> TeamAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var requirements = await coalition.AddRequirementsAsync();
        var chw = requirements[CredentialType.CommunityHealthWorkerCertificate];
        var org = await coalition.AddOrganizationAsync();
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var workerUser = await coalition.UserAsync(CoalitionRole.Worker);
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisorUser.Id; s.JobFamily = JobFamily.Supervisor; });

        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz", s => s.SupervisorId = marcus);
        await coalition.AddCredentialAsync(ana, CredentialType.CommunityHealthWorkerCertificate, Certified);
        await coalition.AddHoursAsync(ana, chw, new DateOnly(2025, 6, 1), 6m);

        var lupe = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.SupervisorId = marcus; s.UserId = workerUser.Id; });
        await coalition.AddCredentialAsync(lupe, CredentialType.CommunityHealthWorkerCertificate, Certified, new DateOnly(2026, 4, 30));
        await coalition.AddHoursAsync(lupe, chw, new DateOnly(2025, 6, 1), 4m);
        await coalition.AddHoursAsync(lupe, chw, new DateOnly(2025, 9, 1), 2.5m);
        await coalition.AddHoursAsync(lupe, chw, new DateOnly(2026, 2, 1), 1.5m, "Vicarious Trauma and Resilience");

        var luis = await coalition.AddStaffAsync(org, "Luis", "Soto", s => s.SupervisorId = marcus);
        await coalition.AddCredentialAsync(luis, CredentialType.CommunityHealthWorkerCertificate, Certified);
        await coalition.AddHoursAsync(luis, chw, new DateOnly(2025, 6, 1), 3m);

        var other = await coalition.AddStaffAsync(org, "Dana", "Other");
        await coalition.AddCredentialAsync(other, CredentialType.CommunityHealthWorkerCertificate, Certified);
        await coalition.AddHoursAsync(other, chw, new DateOnly(2025, 6, 1), 1m);

        return new Team(coalition, supervisorUser, workerUser, ana, lupe, luis, other);
    }

    [Fact]
    public async Task A_coalition_admin_sees_every_credentialed_worker_with_their_status()
    {
        var team = await TeamAsync();
        var client = await (await team.Coalition.AdminAsync()).SignInAsync();

        var html = await client.TextAsync("/Training/Compliance");

        Assert.Contains("Ana Ruiz", html);
        Assert.Contains("Lupe Herrera", html);
        Assert.Contains("Luis Soto", html);
        Assert.Contains("Dana Other", html);
        Assert.DoesNotContain("Marcus Bell", html);
        Assert.Contains("Lapsed (2)", html);
        Assert.Contains("At risk (1)", html);
        Assert.Contains("Compliant (1)", html);
    }

    [Fact]
    public async Task The_status_filter_shows_only_workers_with_that_status()
    {
        var team = await TeamAsync();
        var client = await (await team.Coalition.AdminAsync()).SignInAsync();

        var atRisk = await client.TextAsync("/Training/Compliance?status=AtRisk");
        var lapsed = await client.TextAsync("/Training/Compliance?status=Lapsed");

        Assert.Contains("Lupe Herrera", atRisk);
        Assert.DoesNotContain("Ana Ruiz", atRisk);
        Assert.DoesNotContain("Luis Soto", atRisk);
        Assert.Contains("Luis Soto", lapsed);
        Assert.Contains("Dana Other", lapsed);
        Assert.DoesNotContain("Lupe Herrera", lapsed);
    }

    [Fact]
    public async Task A_supervisor_sees_only_their_own_people()
    {
        var team = await TeamAsync();
        var client = await team.Supervisor.SignInAsync();

        var html = await client.TextAsync("/Training/Compliance");

        Assert.Contains("Ana Ruiz", html);
        Assert.Contains("Luis Soto", html);
        Assert.DoesNotContain("Dana Other", html);
    }

    [Fact]
    public async Task A_worker_cannot_open_the_compliance_list()
    {
        var team = await TeamAsync();
        var client = await team.Worker.SignInAsync();

        var response = await client.GetAsync("/Training/Compliance");

        DirectoryTests.AssertForbidden(response);
    }

    [Fact]
    public async Task Another_coalitions_admin_sees_none_of_these_workers()
    {
        var team = await TeamAsync();
        var other = await TestCoalition.CreateAsync(app);
        var client = await (await other.AdminAsync()).SignInAsync();

        var html = await client.TextAsync("/Training/Compliance");

        Assert.DoesNotContain("Ana Ruiz", html);
        Assert.DoesNotContain(team.AtRisk.ToString(), html);
    }

    [Fact]
    public async Task A_worker_sees_their_own_hours_status_and_credentials_in_my_training()
    {
        var team = await TeamAsync();
        var client = await team.Worker.SignInAsync();

        var html = await client.TextAsync("/Training/Me");

        Assert.Contains("CHW continuing education", html);
        Assert.Contains("At risk", html);
        Assert.Contains("1.5 of 6 hours done", html);
        Assert.Contains("Still to do: 4.5 hours", html);
        Assert.Contains("Vicarious Trauma and Resilience", html);
        Assert.Contains("Expires soon", html);
    }

    [Fact]
    public async Task My_training_is_in_spanish_for_a_spanish_speaker()
    {
        var team = await TeamAsync();
        var client = await team.Worker.SignInAsync();
        await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Training/Me" }, formPage: "/Training/Me");

        var html = await client.TextAsync("/Training/Me");

        Assert.Contains("Mi capacitación", html);
        Assert.Contains("En riesgo", html);
    }

    [Fact]
    public async Task The_home_page_tells_a_supervisor_who_is_at_risk_or_lapsed_and_a_worker_what_needs_them()
    {
        var team = await TeamAsync();
        var supervisor = await team.Supervisor.SignInAsync();
        var worker = await team.Worker.SignInAsync();

        var supervisorHome = await supervisor.TextAsync("/");
        var workerHome = await worker.TextAsync("/");

        Assert.Contains("Your people lapsed on continuing education", supervisorHome);
        Assert.Contains("/Training/Compliance?status=Lapsed", supervisorHome);
        Assert.Contains("Your people at risk on continuing education", supervisorHome);
        Assert.Contains("Training requirements that need you", workerHome);
    }

    [Fact]
    public async Task The_compliance_list_finds_a_worker_by_name_and_sorts_the_nearest_deadline_first_keeping_both_across_status_tabs()
    {
        var team = await TeamAsync();
        var client = await (await team.Coalition.AdminAsync()).SignInAsync();

        var found = await client.TextAsync("/Training/Compliance?q=herr");
        var sorted = await client.TextAsync("/Training/Compliance?sort=deadline");

        Assert.Contains("Lupe Herrera", found);
        Assert.DoesNotContain("Ana Ruiz", found);
        Assert.Contains("sort=deadline", sorted);
        Assert.True(sorted.IndexOf("Ana Ruiz", StringComparison.Ordinal) > sorted.IndexOf("Luis Soto", StringComparison.Ordinal));
        Assert.True(sorted.IndexOf("Ana Ruiz", StringComparison.Ordinal) > sorted.IndexOf("Lupe Herrera", StringComparison.Ordinal));
        Assert.True((await client.TextAsync("/Training/Compliance")).IndexOf("Ana Ruiz", StringComparison.Ordinal) < (await client.TextAsync("/Training/Compliance")).IndexOf("Luis Soto", StringComparison.Ordinal));
    }
}
