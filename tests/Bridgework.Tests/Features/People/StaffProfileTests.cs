using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class StaffProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_profile_shows_the_whole_record_to_a_coalition_admin()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var site = await coalition.AddSiteAsync(org, "Fresno Main Street");
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell");
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var lupe = await coalition.AddStaffAsync(org, "Guadalupe", "Herrera", s =>
        {
            s.PreferredName = "Lupe";
            s.Pronouns = "she/her";
            s.SiteId = site;
            s.SupervisorId = marcus;
            s.UserId = worker.Id;
            s.JobTitle = "Promotora de salud";
        }, ("es", LanguageProficiency.Native), ("en", LanguageProficiency.Conversational));
        await coalition.AddTeamAsync("Street outreach", marcus, lupe);

        var html = WebUtility.HtmlDecode(await (await admin.SignInAsync()).TextAsync($"/People/Staff/{lupe}"));

        Assert.Contains("<h1>Lupe Herrera</h1>", html);
        Assert.Contains("Guadalupe Herrera", html);
        Assert.Contains("she/her", html);
        Assert.Contains("Fresno Main Street", html);
        Assert.Contains($"<a href=\"/People/Staff/{marcus}\">Marcus Bell</a>", html);
        Assert.Contains("Street outreach", html);
        Assert.Contains("Spanish</span> <span class=\"lead-muted\">Native", html);
        Assert.Contains("English</span> <span class=\"lead-muted\">Conversational", html);
        Assert.Contains(worker.Email, html);
        Assert.Contains("Edit record", html);
    }

    [Fact]
    public async Task A_worker_sees_their_own_profile_and_nobody_elses()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var org = await coalition.AddOrganizationAsync();
        var self = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => s.UserId = worker.Id);
        var other = await coalition.AddStaffAsync(org, "Olga", "Other");
        var client = await worker.SignInAsync();

        var me = await client.TextAsync("/People/Me");

        Assert.Contains("Lupe Herrera", me);
        Assert.DoesNotContain("Edit record", me);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/People/Staff/{self}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Staff/{other}")).StatusCode);
        DirectoryTests.AssertForbidden(await client.GetAsync($"/People/Staff/{self}/Edit"));
        DirectoryTests.AssertForbidden(await client.GetAsync("/People/Staff/New"));
    }

    [Fact]
    public async Task A_worker_updates_their_own_contact_details_and_languages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var org = await coalition.AddOrganizationAsync();
        var self = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.UserId = worker.Id; s.Phone = null; });
        var client = await worker.SignInAsync();

        var form = StaffFormTests.Fields(await client.TextAsync("/People/Me/Edit"));
        form["Input.Phone"] = "(559) 555-0177";
        form["Input.Languages[1].Language"] = "es";
        form["Input.Languages[1].Proficiency"] = "Native";
        var response = await client.PostFormAsync("/People/Me/Edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await coalition.DbAsync(db => db.Set<StaffMember>().Include(s => s.Languages).SingleAsync(s => s.Id == self));
        Assert.Equal("(559) 555-0177", stored.Phone);
        Assert.Equal(["en", "es"], stored.Languages.Select(l => l.Language).Order());
        Assert.Equal("Lupe", stored.LegalFirstName);
    }

    [Fact]
    public async Task An_account_without_a_staff_record_is_told_who_can_link_it()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.UserAsync(CoalitionRole.TeamMember)).SignInAsync();

        Assert.Contains("Your account is not linked to a staff record yet.", await client.TextAsync("/People/Me"));
    }

    [Fact]
    public async Task Home_cards_point_each_role_at_what_needs_them()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var workerUser = await coalition.UserAsync(CoalitionRole.Worker);
        var org = await coalition.AddOrganizationAsync();
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.UserId = supervisorUser.Id);
        await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.UserId = workerUser.Id; s.SupervisorId = marcus; s.Phone = null; s.HireDate = null; });
        await coalition.AddStaffAsync(org, "Ana", "Alvarez", s => s.SupervisorId = marcus);
        await coalition.AddStaffAsync(org, "Cruz", "Castro", s => { s.Status = EmploymentStatus.Separated; s.SeparationDate = new DateOnly(2025, 1, 1); s.SeparationReason = "Moved"; });

        var admin = await (await (await coalition.AdminAsync()).SignInAsync()).TextAsync("/");
        var supervisor = await (await supervisorUser.SignInAsync()).TextAsync("/");
        var worker = WebUtility.HtmlDecode(await (await workerUser.SignInAsync()).TextAsync("/"));

        Assert.Matches("href=\"/People\\?supervisor=none\">\\s*<span class=\"count\">1</span>\\s*<span class=\"title\">Staff with no supervisor", admin);
        Assert.Matches("href=\"/People\\?incomplete=true\">\\s*<span class=\"count\">1</span>\\s*<span class=\"title\">Incomplete profiles", admin);
        Assert.Matches("href=\"/People\\?incomplete=true\">\\s*<span class=\"count\">1</span>\\s*<span class=\"title\">Your people with incomplete profiles", supervisor);
        Assert.Contains("href=\"/People/Me\"", worker);
        Assert.Contains("Complete your profile", worker);
        Assert.Contains("Missing: hire date, phone", worker);
    }
}
