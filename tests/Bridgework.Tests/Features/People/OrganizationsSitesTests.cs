using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class OrganizationsSitesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coalition_admin_adds_a_site_and_sees_it_on_the_organizations_page()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System", OrganizationKind.PublicHealthCareSystem, "Fresno");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var form = await client.TextAsync($"/People/Organizations/Sites/New/{id}");
        var response = await client.PostFormAsync($"/People/Organizations/Sites/New/{id}", new()
        {
            ["Input.Name"] = "Sanger Family Health Center",
            ["Input.AddressLine"] = "1830 Academy Ave",
            ["Input.City"] = "Sanger",
            ["Input.County"] = "Fresno",
            ["Input.PostalCode"] = "93657",
        });

        Assert.Contains("value=\"Fresno\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.TextAsync($"/People/Organizations/{id}");
        Assert.Contains("Sanger Family Health Center", page);
        Assert.Contains("1830 Academy Ave, Sanger, 93657", page);
    }

    [Fact]
    public async Task A_site_needs_a_name_and_keeps_the_address_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync($"/People/Organizations/Sites/New/{id}", new()
        {
            ["Input.Name"] = "",
            ["Input.AddressLine"] = "4720 E Kings Canyon Rd",
            ["Input.PostalCode"] = "ABCDE",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the site’s name", html);
        Assert.Contains("Enter a 5-digit ZIP code, like 93721.", html);
        Assert.Contains("value=\"4720 E Kings Canyon Rd\"", html);
        Assert.False(await coalition.DbAsync(db => db.Set<Site>().AnyAsync()));
    }

    [Fact]
    public async Task A_site_is_edited_and_archived_never_deleted()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System");
        var site = await coalition.SiteAsync(id, "Huron Outreach Office");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Organizations/Sites/Edit/{site}"));

        var edited = await client.PostFormAsync($"/People/Organizations/Sites/Edit/{site}", new()
        {
            ["Input.Name"] = "Huron Community Office",
            ["Input.City"] = "Huron",
            ["Input.Version"] = version,
        });
        var archived = await client.PostFormAsync($"/People/Organizations/Sites/Edit/{site}?handler=Archive", [], $"/People/Organizations/Sites/Edit/{site}");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var stored = await coalition.DbAsync(db => db.Set<Site>().SingleAsync());
        Assert.Equal("Huron Community Office", stored.Name);
        Assert.True(stored.IsArchived);
        Assert.Contains("This site is archived.", await client.TextAsync($"/People/Organizations/Sites/Edit/{site}"));
    }

    [Fact]
    public async Task A_stale_site_edit_is_refused_with_a_message()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await coalition.OrganizationAsync("Valle Central Health System");
        var site = await coalition.SiteAsync(id, "Huron Outreach Office");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var version = OrganizationsTestData.FormVersion(await client.TextAsync($"/People/Organizations/Sites/Edit/{site}"));
        await coalition.DbAsync(async db =>
        {
            (await db.Set<Site>().SingleAsync()).Name = "Huron Field Office";
            return await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync($"/People/Organizations/Sites/Edit/{site}", new()
        {
            ["Input.Name"] = "Huron Community Office",
            ["Input.Version"] = version,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this site", html);
        Assert.Contains("value=\"Huron Community Office\"", html);
        Assert.Equal("Huron Field Office", await coalition.DbAsync(db => db.Set<Site>().Select(s => s.Name).SingleAsync()));
    }
}
