using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.People;

public sealed class DirectoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_sees_current_staff_and_each_filter_narrows_the_rows()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var valley = await coalition.AddOrganizationAsync("Valley Clinic");
        var harbor = await coalition.AddOrganizationAsync("Harbor Services");
        var ana = await coalition.AddStaffAsync(valley, "Ana", "Alvarez", s => s.PreferredName = "Anita", ("es", LanguageProficiency.Native));
        var ben = await coalition.AddStaffAsync(harbor, "Benjamin", "Brooks", s => s.JobFamily = JobFamily.PeerSupportSpecialist);
        await coalition.AddStaffAsync(valley, "Cruz", "Castro", s =>
        {
            s.Status = EmploymentStatus.Separated;
            s.SeparationDate = new DateOnly(2025, 1, 31);
            s.SeparationReason = "Moved away";
        });
        await coalition.AddStaffAsync(valley, "Dee", "Diaz", s => { s.Phone = null; s.SupervisorId = ana; });
        await coalition.AddTeamAsync("Street outreach", supervisorId: null, ben);
        var client = await admin.SignInAsync();

        var all = await client.TextAsync("/People");
        Assert.Contains("Anita Alvarez", all);
        Assert.Contains("Benjamin Brooks", all);
        Assert.Contains("Dee Diaz", all);
        Assert.DoesNotContain("Cruz Castro", all);

        Assert.Equal(["Anita Alvarez", "Dee Diaz"], Names(await client.TextAsync($"/People?organization={valley}")));
        Assert.Equal(["Benjamin Brooks"], Names(await client.TextAsync("/People?family=PeerSupportSpecialist")));
        Assert.Equal(["Anita Alvarez"], Names(await client.TextAsync("/People?language=es")));
        Assert.Equal(["Cruz Castro"], Names(await client.TextAsync("/People?status=Separated")));
        Assert.Equal(4, Names(await client.TextAsync("/People?status=all")).Count);
        Assert.Equal(["Benjamin Brooks"], Names(await client.TextAsync($"/People?team={await TeamIdAsync(coalition, "Street outreach")}")));
        Assert.Equal(["Anita Alvarez", "Benjamin Brooks"], Names(await client.TextAsync("/People?supervisor=none")));
        Assert.Equal(["Dee Diaz"], Names(await client.TextAsync("/People?incomplete=true")));
    }

    [Fact]
    public async Task Search_finds_staff_by_name_preferred_name_or_email()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync();
        await coalition.AddStaffAsync(org, "Guadalupe", "Herrera", s => { s.PreferredName = "Lupe"; s.Email = "lupe.h@valley.example"; });
        await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.Email = "mbell@valley.example");
        var client = await admin.SignInAsync();

        Assert.Equal(["Lupe Herrera"], Names(await client.TextAsync("/People?q=lupe")));
        Assert.Equal(["Lupe Herrera"], Names(await client.TextAsync("/People?q=GUADALUPE")));
        Assert.Equal(["Marcus Bell"], Names(await client.TextAsync("/People?q=mbell%40valley")));
        Assert.Equal(["Lupe Herrera"], Names(await client.TextAsync("/People?q=lupe+herrera")));
        Assert.Empty(Names(await client.TextAsync("/People?q=nobody")));
    }

    [Fact]
    public async Task Sorting_and_paging_run_over_the_whole_list()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync();
        for (var i = 0; i < 30; i++)
        {
            var day = i;
            await coalition.AddStaffAsync(org, "Worker", $"Number{i:00}", s => s.HireDate = new DateOnly(2020, 1, 1).AddDays(day));
        }

        var client = await admin.SignInAsync();

        var first = Names(await client.TextAsync("/People"));
        var second = Names(await client.TextAsync("/People?p=2"));
        Assert.Equal(25, first.Count);
        Assert.Equal(5, second.Count);
        Assert.Equal("Worker Number00", first[0]);
        Assert.Equal("Worker Number29", second[^1]);
        Assert.Empty(first.Intersect(second));

        var newest = Names(await client.TextAsync("/People?sort=hired&dir=desc"));
        Assert.Equal("Worker Number29", newest[0]);
        Assert.Equal("Worker Number05", newest[^1]);
        Assert.Equal(newest, Names(await client.TextAsync("/People?sort=hired%7Cdesc")));
        var byNameDesc = Names(await client.TextAsync("/People?sort=name&dir=desc&p=2"));
        Assert.Equal("Worker Number00", byNameDesc[^1]);
    }

    [Fact]
    public async Task Supervisor_sees_only_the_people_they_supervise_directly_or_through_a_team()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var org = await coalition.AddOrganizationAsync();
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisorUser.Id; s.JobFamily = JobFamily.Supervisor; });
        await coalition.AddStaffAsync(org, "Rita", "Reports", s => s.SupervisorId = marcus);
        var teamMate = await coalition.AddStaffAsync(org, "Tomas", "Teammate");
        await coalition.AddTeamAsync("Marcus's team", marcus, teamMate);
        var other = await coalition.AddStaffAsync(org, "Olga", "Other");
        var client = await supervisorUser.SignInAsync();

        var names = Names(await client.TextAsync("/People"));

        Assert.Equal(["Rita Reports", "Tomas Teammate"], names);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Staff/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/People/Staff/{teamMate}")).StatusCode);
        AssertForbidden(await client.GetAsync($"/People/Staff/{teamMate}/Edit"));
    }

    [Fact]
    public async Task A_worker_has_no_directory()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = await worker.SignInAsync();

        AssertForbidden(await client.GetAsync("/People"));
    }

    [Fact]
    public async Task Another_coalitions_admin_sees_none_of_the_rows()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        await coalition.AddStaffAsync(org, "Private", "Person");
        var outsider = await (await TestCoalition.CreateAsync(app)).AdminAsync();
        var client = await outsider.SignInAsync();

        var html = await client.TextAsync("/People?status=all");

        Assert.DoesNotContain("Private Person", html);
        Assert.Empty(Names(html));
    }

    /// <summary>A signed-in user without the permission is sent to the friendly 403 page.</summary>
    internal static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Errors/403", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static Task<Guid> TeamIdAsync(TestCoalition coalition, string name) =>
        coalition.DbAsync(db => Task.FromResult(db.Set<Team>().Single(t => t.Name == name).Id));

    /// <summary>The names in the directory table, in order.</summary>
    internal static List<string> Names(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<a class=\"fw-semibold\" href=\"/People/Staff/[0-9a-f-]+\">([^<]+)</a>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToList();
}
