using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class OrganizationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Form(
        string name = "Valle Verde Clinic", string kind = "PublicHealthCareSystem", string city = "Fresno",
        string zip = "93721", string phone = "(559) 555-0142", string website = "") => new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = kind,
            ["Input.AddressLine"] = "1455 E Ventura Ave",
            ["Input.City"] = city,
            ["Input.County"] = "Fresno",
            ["Input.PostalCode"] = zip,
            ["Input.Phone"] = phone,
            ["Input.Website"] = website,
        };

    [Fact]
    public async Task A_coalition_admin_adds_an_organization_and_lands_on_its_page()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/People/Organizations/New", Form(website: "www.valleverde.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.TextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Valle Verde Clinic", page);
        Assert.Contains("Public health care system", page);
        Assert.Contains("1455 E Ventura Ave, Fresno, CA 93721", page);
        var stored = await coalition.DbAsync(db => db.Set<Organization>().SingleAsync());
        Assert.Equal("https://www.valleverde.example", stored.Website);
    }

    [Fact]
    public async Task The_form_labels_every_field_in_plain_words()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var page = await client.TextAsync("/People/Organizations/New");

        foreach (var label in new[] { "Name", "Kind", "Street address", "City", "County", "ZIP code", "Phone", "Website" })
        {
            Assert.Matches($"<label[^>]*>{label}</label>", page);
        }
    }

    [Fact]
    public async Task A_new_organization_without_name_or_kind_is_refused_with_messages_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/People/Organizations/New", Form(name: "", kind: "", city: "Reedley", zip: "9372", phone: "call me", website: "not a site"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter the organization’s name.", html);
        Assert.Contains("Choose what kind of organization this is.", html);
        Assert.Contains("Enter a 5-digit ZIP code, like 93721.", html);
        Assert.Contains("Enter a phone number like (559) 555-0142.", html);
        Assert.Contains("Enter a website address like www.example.org.", html);
        Assert.Contains("value=\"Reedley\"", html);
        Assert.Contains("value=\"call me\"", html);
        Assert.Equal(0, await coalition.DbAsync(db => db.Set<Organization>().CountAsync()));
    }

    [Fact]
    public async Task Two_organizations_of_one_coalition_cannot_share_a_name()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await coalition.OrganizationAsync("Valle Verde Clinic");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/People/Organizations/New", Form(name: "valle verde clinic"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already has an organization called “valle verde clinic”", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Saving_an_edit_changes_the_organization_and_the_audit_trail_names_the_changed_fields()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var created = await client.PostFormAsync("/People/Organizations/New", Form());
        var id = await coalition.DbAsync(db => db.Set<Organization>().Select(o => o.Id).SingleAsync());
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Organizations/Edit/{id}"));

        var fields = Form(city: "Sanger", zip: "93657");
        fields["Input.Version"] = version;
        var saved = await client.PostFormAsync($"/People/Organizations/Edit/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var organization = await coalition.DbAsync(db => db.Set<Organization>().SingleAsync());
        Assert.Equal("Sanger", organization.City);
        var trail = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == id).OrderBy(a => a.At).ThenBy(a => a.Action).ToListAsync());
        Assert.Collection(trail,
            c =>
            {
                Assert.Equal(AuditAction.Created, c.Action);
                Assert.Equal("Organization", c.Entity);
                Assert.Contains("\"Name\"", c.Changes);
                Assert.Contains("Valle Verde Clinic", c.Changes);
            },
            u =>
            {
                Assert.Equal(AuditAction.Updated, u.Action);
                Assert.Contains("\"City\"", u.Changes);
                Assert.Contains("\"PostalCode\"", u.Changes);
                Assert.DoesNotContain("\"Name\"", u.Changes);
                Assert.NotNull(u.UserId);
            });
    }

    [Fact]
    public async Task An_edit_from_a_stale_copy_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Sierra Foothills Behavioral Health", OrganizationKind.BehavioralHealthProvider, "Fresno");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Organizations/Edit/{id}"));

        // Someone else saves first.
        await coalition.DbAsync(async db =>
        {
            var o = await db.Set<Organization>().SingleAsync(x => x.Id == id);
            o.City = "Madera";
            return await db.SaveChangesAsync();
        });

        var fields = Form(name: "Sierra Foothills Behavioral Health", kind: "BehavioralHealthProvider", city: "Clovis");
        fields["Input.Version"] = version;
        var response = await client.PostFormAsync($"/People/Organizations/Edit/{id}", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this organization while you were editing.", html);
        Assert.Contains("value=\"Clovis\"", html);
        Assert.Contains("Saved now: Madera", html);
        Assert.Equal("Madera", await coalition.DbAsync(db => db.Set<Organization>().Where(o => o.Id == id).Select(o => o.City).SingleAsync()));

        // Saving again, now knowingly over the other change, works.
        fields["Input.Version"] = OrganizationsTestData.FormVersion(html);
        var again = await client.PostFormAsync($"/People/Organizations/Edit/{id}", fields, $"/People/Organizations/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Clovis", await coalition.DbAsync(db => db.Set<Organization>().Where(o => o.Id == id).Select(o => o.City).SingleAsync()));
    }

    [Fact]
    public async Task Archiving_leaves_an_organization_out_of_the_list_until_it_is_made_current_again()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Kaweah Family Services", OrganizationKind.SocialServiceOrganization);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var archived = await client.PostFormAsync($"/People/Organizations/{id}?handler=Archive", [], $"/People/Organizations/{id}");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Contains("This organization is archived.", await client.TextAsync($"/People/Organizations/{id}"));
        Assert.DoesNotContain("Kaweah Family Services", await client.TextAsync("/People/Organizations"));
        Assert.Contains("Kaweah Family Services", await client.TextAsync("/People/Organizations?show=archived"));
        Assert.True(await coalition.DbAsync(db => db.Set<Organization>().AnyAsync(o => o.Id == id && o.IsArchived)));

        await client.PostFormAsync($"/People/Organizations/{id}?handler=Restore", [], $"/People/Organizations/{id}");
        Assert.Contains("Kaweah Family Services", await client.TextAsync("/People/Organizations"));
    }

    [Fact]
    public async Task The_list_searches_by_name_filters_by_kind_and_pages_twenty_at_a_time()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        for (var i = 1; i <= 25; i++)
        {
            await coalition.OrganizationAsync($"Partner {i:00}", i % 5 == 0 ? OrganizationKind.MediCalManagedCarePlan : OrganizationKind.CommunityBasedOrganization);
        }

        var client = await (await coalition.AdminAsync()).SignInAsync();

        var first = await client.TextAsync("/People/Organizations");
        var second = await client.TextAsync("/People/Organizations?p=2");
        var search = await client.TextAsync("/People/Organizations?q=partner%201");
        var plans = await client.TextAsync("/People/Organizations?kind=MediCalManagedCarePlan");
        var descending = await client.TextAsync("/People/Organizations?sort=-name");

        Assert.Contains("Showing 1–20 of 25", first);
        Assert.Contains("Partner 20", first);
        Assert.DoesNotContain("Partner 21", first);
        Assert.Contains("Showing 21–25 of 25", second);
        Assert.Contains("Partner 25", second);
        Assert.Contains("Showing 1–10 of 10", search);
        Assert.DoesNotContain("Partner 20", search);
        Assert.Contains("Showing 1–5 of 5", plans);
        Assert.DoesNotContain("Partner 01", plans);
        Assert.True(descending.IndexOf("Partner 25", StringComparison.Ordinal) < descending.IndexOf("Partner 24", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_counts_each_organizations_current_staff()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Promotores Unidos");
        await coalition.StaffAsync(id, "Ana", "Ruiz");
        await coalition.StaffAsync(id, "Luis", "Soto", status: EmploymentStatus.OnLeave);
        await coalition.StaffAsync(id, "Marta", "Gil", status: EmploymentStatus.Separated);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var list = await client.TextAsync("/People/Organizations");
        var page = await client.TextAsync($"/People/Organizations/{id}");

        Assert.Contains("data-label=\"Staff\" class=\"text-lg-end\">2</td>", list);
        Assert.Contains($"href=\"/People?organization={id}\"", page);
    }

    [Fact]
    public async Task Supervisors_read_organizations_but_cannot_change_them()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System");
        var client = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();

        Assert.Contains("Valle Central Health System", await client.TextAsync("/People/Organizations"));
        Assert.DoesNotContain("Add an organization", await client.TextAsync("/People/Organizations"));
        OrganizationsTestData.AssertRefused(await client.GetAsync("/People/Organizations/New"));
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/People/Organizations/Edit/{id}"));
        // The supervisor sees no archive button, so the token comes from another form of theirs.
        var archive = await client.PostFormAsync($"/People/Organizations/{id}?handler=Archive", [], "/Account/SignIn");
        OrganizationsTestData.AssertRefused(archive);
        Assert.False(await coalition.DbAsync(db => db.Set<Organization>().AnyAsync(o => o.IsArchived)));
    }

    [Fact]
    public async Task Workers_cannot_open_the_organizations_pages()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System");
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        OrganizationsTestData.AssertRefused(await client.GetAsync("/People/Organizations"));
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/People/Organizations/{id}"));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_on_every_organization_and_site_page_and_never_sees_them_listed()
    {
        var owner = await TestCoalition.CreateAsync(app);
        var id = await owner.OrganizationAsync("North Coast Family Network");
        var site = await owner.SiteAsync(id, "Fort Bragg Family Resource Center");
        var other = await TestCoalition.CreateAsync(app);
        await other.OrganizationAsync("Their own partner");
        var client = await (await other.AdminAsync()).SignInAsync();

        foreach (var url in new[]
        {
            $"/People/Organizations/{id}", $"/People/Organizations/Edit/{id}",
            $"/People/Organizations/Sites/New/{id}", $"/People/Organizations/Sites/Edit/{site}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        var edit = Form(name: "Taken over");
        edit["Input.Version"] = Guid.Empty.ToString();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Organizations/Edit/{id}", edit, "/People/Organizations/New")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Organizations/{id}?handler=Archive", [], "/People/Organizations/New")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Organizations/Sites/Edit/{site}?handler=Archive", [], "/People/Organizations/New")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/People/Organizations/Sites/New/{id}", new() { ["Input.Name"] = "Sneaky" }, "/People/Organizations/New")).StatusCode);

        var list = await client.TextAsync("/People/Organizations?show=all&q=north");
        Assert.DoesNotContain("North Coast Family Network", list);
        Assert.Equal("North Coast Family Network", await owner.DbAsync(db => db.Set<Organization>().Select(o => o.Name).SingleAsync()));
        Assert.False(await owner.DbAsync(db => db.Set<Site>().AnyAsync(s => s.IsArchived || s.Name == "Sneaky")));
    }
}
