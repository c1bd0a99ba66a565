using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class TeamsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coalition_admin_creates_a_team_with_a_supervisor_and_it_is_audited()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var supervisor = await coalition.StaffAsync(org, "Marcus", "Bell", JobFamily.Supervisor);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var form = await client.TextAsync($"/People/Teams/New?organization={org}");
        var response = await client.PostFormAsync("/People/Teams/New", new()
        {
            ["Input.Name"] = "Central Fresno ECM Care Team",
            ["Input.Description"] = "CHWs and promotoras beside a nurse care manager.",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.SupervisorId"] = supervisor.ToString(),
        });

        Assert.Contains("Marcus Bell", form);
        Assert.Matches($"<option value=\"{org}\" selected=\"selected\">", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.TextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Central Fresno ECM Care Team", page);
        Assert.Contains($"href=\"/People/Staff/{supervisor}\">Marcus Bell</a>", page);
        Assert.Contains("Valle Central Health System", page);
        var team = await coalition.DbAsync(db => db.Set<Team>().SingleAsync());
        var audit = await coalition.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == team.Id));
        Assert.Equal(AuditAction.Created, audit.Action);
        Assert.Contains("\"SupervisorId\"", audit.Changes);
    }

    [Fact]
    public async Task A_team_needs_a_name_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/People/Teams/New", new()
        {
            ["Input.Name"] = " ",
            ["Input.Description"] = "Door-to-door outreach in Huron.",
            ["Input.SupervisorId"] = Guid.NewGuid().ToString(),
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the team’s name.", html);
        Assert.Contains("Choose a supervisor from the list: someone on active staff.", html);
        Assert.Contains("Door-to-door outreach in Huron.", html);
        Assert.False(await coalition.DbAsync(db => db.Set<Team>().AnyAsync()));
    }

    [Fact]
    public async Task Anyone_on_active_staff_can_be_found_by_name_as_supervisor_without_javascript()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Sierra Foothills Behavioral Health");
        await coalition.StaffAsync(org, "Dwayne", "Whitaker", JobFamily.Supervisor);
        var peer = await coalition.StaffAsync(org, "Keisha", "Brooks", JobFamily.PeerSupportSpecialist);
        await coalition.StaffAsync(org, "Kevin", "Brookfield", JobFamily.PeerSupportSpecialist, EmploymentStatus.Separated);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var before = await client.TextAsync("/People/Teams/New");
        var found = await client.PostFormAsync("/People/Teams/New?handler=Find", new()
        {
            ["Input.Name"] = "Peer Recovery Support Team",
            ["Input.SupervisorSearch"] = "brook",
        });
        var html = await found.Content.ReadAsStringAsync();

        Assert.Contains("Dwayne Whitaker", before);
        Assert.DoesNotContain("Keisha Brooks", before);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains($"<option value=\"{peer}\">Keisha Brooks", html);
        Assert.DoesNotContain("Kevin Brookfield", html);
        Assert.Contains("value=\"Peer Recovery Support Team\"", html);
        Assert.DoesNotContain("There is a problem", html);
    }

    [Fact]
    public async Task Members_are_added_from_active_staff_and_removed_and_their_pages_are_linked()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Promotores Unidos del Valle");
        var ana = await coalition.StaffAsync(org, "Ana", "Ruiz", JobFamily.Promotora);
        await coalition.StaffAsync(org, "Luis", "Soto", JobFamily.Promotora);
        await coalition.StaffAsync(org, "Marta", "Gil", JobFamily.Promotora, EmploymentStatus.Separated);
        var team = await coalition.TeamAsync("Rural Outreach", org, null);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var page = await client.TextAsync($"/People/Teams/{team}");
        var narrowed = await client.TextAsync($"/People/Teams/{team}?find=sot");
        var added = await client.PostFormAsync($"/People/Teams/{team}?handler=Add", new() { ["StaffMemberId"] = ana.ToString() }, $"/People/Teams/{team}");

        Assert.Contains("Ruiz, Ana", page);
        Assert.Contains("Soto, Luis", page);
        Assert.DoesNotContain("Gil, Marta", page);
        Assert.DoesNotContain("Ruiz, Ana", narrowed);
        Assert.Contains("Soto, Luis", narrowed);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = await client.TextAsync($"/People/Teams/{team}");
        Assert.Contains($"href=\"/People/Staff/{ana}\">Ana Ruiz</a>", after);
        Assert.Contains("Ana Ruiz joined Rural Outreach.", after);

        var twice = await client.PostFormAsync($"/People/Teams/{team}?handler=Add", new() { ["StaffMemberId"] = ana.ToString() }, $"/People/Teams/{team}");
        var nobody = await client.PostFormAsync($"/People/Teams/{team}?handler=Add", [], $"/People/Teams/{team}");
        Assert.Contains("Ana Ruiz is already on this team.", await twice.Content.ReadAsStringAsync());
        Assert.Contains("Choose a person from the list to add to the team.", await nobody.Content.ReadAsStringAsync());

        var membership = await coalition.DbAsync(db => db.Set<TeamMember>().SingleAsync());
        var removed = await client.PostFormAsync($"/People/Teams/{team}?handler=Remove&memberId={membership.Id}", [], $"/People/Teams/{team}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await coalition.DbAsync(db => db.Set<TeamMember>().AnyAsync()));
        Assert.True(await coalition.DbAsync(db => db.Set<StaffMember>().AnyAsync(s => s.Id == ana)));
        var trail = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == membership.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], trail.Order());
    }

    [Fact]
    public async Task A_stale_team_edit_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var team = await coalition.TeamAsync("East County CHW Team", null, null);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Teams/Edit/{team}"));
        await coalition.DbAsync(async db =>
        {
            (await db.Set<Team>().SingleAsync()).Description = "Changed by someone else.";
            return await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync($"/People/Teams/Edit/{team}", new()
        {
            ["Input.Name"] = "East County Community Health Team",
            ["Input.Version"] = version,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this team while you were editing.", html);
        Assert.Contains("value=\"East County Community Health Team\"", html);
        Assert.Contains("Saved now: Changed by someone else.", html);
        Assert.Equal("East County CHW Team", await coalition.DbAsync(db => db.Set<Team>().Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_edit_saves_and_the_audit_trail_names_only_the_changed_fields()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var team = await coalition.TeamAsync("East County CHW Team", null, null);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Teams/Edit/{team}"));

        var response = await client.PostFormAsync($"/People/Teams/Edit/{team}", new()
        {
            ["Input.Name"] = "East County CHW Team",
            ["Input.Description"] = "Antioch and Pittsburg clinics.",
            ["Input.Version"] = version,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var update = await coalition.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == team && a.Action == AuditAction.Updated));
        Assert.Contains("\"Description\"", update.Changes);
        Assert.DoesNotContain("\"Name\"", update.Changes);
    }

    [Fact]
    public async Task The_list_filters_by_organization_and_pages_twenty_at_a_time()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var north = await coalition.OrganizationAsync("Redwood Coast Health System");
        var south = await coalition.OrganizationAsync("Two Rivers Native Wellness Center");
        for (var i = 1; i <= 22; i++)
        {
            await coalition.TeamAsync($"Field Team {i:00}", i <= 3 ? south : north, null);
        }

        var client = await (await coalition.AdminAsync()).SignInAsync();

        var first = await client.TextAsync("/People/Teams");
        var second = await client.TextAsync("/People/Teams?p=2");
        var filtered = await client.TextAsync($"/People/Teams?organization={south}");

        Assert.Contains("Showing 1–20 of 22", first);
        Assert.DoesNotContain("Field Team 21", first);
        Assert.Contains("Field Team 22", second);
        Assert.Contains("Showing 1–3 of 3", filtered);
        Assert.DoesNotContain("Field Team 04", filtered);
    }

    [Fact]
    public async Task Archived_teams_leave_the_list_and_take_no_new_members()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Delta Bay Health Services");
        var ana = await coalition.StaffAsync(org, "Ana", "Ruiz");
        var team = await coalition.TeamAsync("Reentry Peer Navigators", org, null);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var archived = await client.PostFormAsync($"/People/Teams/{team}?handler=Archive", [], $"/People/Teams/{team}");
        var add = await client.PostFormAsync($"/People/Teams/{team}?handler=Add", new() { ["StaffMemberId"] = ana.ToString() }, $"/People/Teams/{team}");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.DoesNotContain("Reentry Peer Navigators", await client.TextAsync("/People/Teams"));
        Assert.Contains("Reentry Peer Navigators", await client.TextAsync("/People/Teams?archived=true"));
        Assert.Contains("This team is archived.", await add.Content.ReadAsStringAsync());
        Assert.False(await coalition.DbAsync(db => db.Set<TeamMember>().AnyAsync()));
    }

    [Fact]
    public async Task A_supervisor_sees_their_own_team_but_gets_404_on_another_team()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var user = await coalition.UserAsync(CoalitionRole.Supervisor);
        var me = await coalition.StaffAsync(org, "Marcus", "Bell", JobFamily.Supervisor, userId: user.Id);
        var colleague = await coalition.StaffAsync(org, "Rosalinda", "Ochoa", JobFamily.Supervisor);
        var worker = await coalition.StaffAsync(org, "Lupe", "Herrera", JobFamily.Promotora);
        var mine = await coalition.TeamAsync("Central Fresno ECM Care Team", org, me, worker);
        var theirs = await coalition.TeamAsync("Rural Outreach", org, colleague);
        var unsupervised = await coalition.TeamAsync("Team without a supervisor", org, null);
        var client = await user.SignInAsync();

        var list = await client.TextAsync("/People/Teams");
        var page = await client.TextAsync($"/People/Teams/{mine}");
        var orgPage = await client.TextAsync($"/People/Organizations/{org}");

        Assert.Contains("Central Fresno ECM Care Team", list);
        Assert.DoesNotContain("Rural Outreach", list);
        Assert.DoesNotContain("Team without a supervisor", list);
        Assert.Contains($"href=\"/People/Staff/{worker}\">Lupe Herrera</a>", page);
        Assert.DoesNotContain("Add a member", page);
        Assert.DoesNotContain("Rural Outreach", orgPage);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Teams/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Teams/{unsupervised}")).StatusCode);
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/People/Teams/Edit/{mine}"));
        OrganizationsTestData.AssertRefused(await client.GetAsync("/People/Teams/New"));
        var add = await client.PostFormAsync($"/People/Teams/{mine}?handler=Add", new() { ["StaffMemberId"] = colleague.ToString() }, "/Account/SignIn");
        OrganizationsTestData.AssertRefused(add);
        Assert.Single(await coalition.DbAsync(db => db.Set<TeamMember>().ToListAsync()));
    }

    [Fact]
    public async Task Workers_cannot_open_the_teams_pages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var team = await coalition.TeamAsync("Rural Outreach", null, null);
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        OrganizationsTestData.AssertRefused(await client.GetAsync("/People/Teams"));
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/People/Teams/{team}"));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_on_every_team_page_and_never_sees_them_listed()
    {
        var owner = await TestCoalition.CreateAsync(app);
        var org = await owner.OrganizationAsync("Bay Delta Reentry Collaborative");
        var person = await owner.StaffAsync(org, "Terrence", "Coleman", JobFamily.Supervisor);
        var team = await owner.TeamAsync("Reentry Peer Navigators", org, person, person);
        var membership = await owner.DbAsync(db => db.Set<TeamMember>().Select(m => m.Id).SingleAsync());
        var other = await TestCoalition.CreateAsync(app);
        var client = await (await other.AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Teams/{team}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Teams/Edit/{team}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Teams/{team}?handler=Remove&memberId={membership}", [], "/People/Teams/New")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Teams/{team}?handler=Archive", [], "/People/Teams/New")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Teams/Edit/{team}", new() { ["Input.Name"] = "Taken over" }, "/People/Teams/New")).StatusCode);

        // Another coalition's staff cannot be named supervisor of one's own team either.
        var stolen = await client.PostFormAsync("/People/Teams/New", new() { ["Input.Name"] = "Ours", ["Input.SupervisorId"] = person.ToString(), ["Input.OrganizationId"] = org.ToString() });
        Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);

        var list = await client.TextAsync("/People/Teams");
        Assert.DoesNotContain("Reentry Peer Navigators", list);
        Assert.DoesNotContain("Bay Delta Reentry Collaborative", list);
        Assert.Equal(1, await owner.DbAsync(db => db.Set<TeamMember>().CountAsync()));
        Assert.False(await owner.DbAsync(db => db.Set<Team>().AnyAsync(t => t.IsArchived || t.Name == "Taken over")));
    }
}
