using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

public sealed class PostingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coalition_admin_sees_the_five_default_role_templates_when_creating_a_posting()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var page = await client.TextAsync("/Hiring/Postings/New");

        Assert.Contains("Community health worker", page);
        Assert.Contains("Promotor(a) de salud", page);
        Assert.Contains("Peer support specialist", page);
        Assert.Contains("Senior community health worker", page);
        Assert.Contains("CHW and peer supervisor", page);
        Assert.Equal(5, await coalition.DbAsync(db => db.Set<RoleTemplate>().CountAsync()));
    }

    [Fact]
    public async Task A_posting_made_from_a_template_is_saved_as_a_draft_and_audited()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var site = await coalition.SiteAsync(org, "Fresno East Clinic");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        await client.TextAsync("/Hiring/Postings/New");
        var template = await coalition.DbAsync(db => db.Set<RoleTemplate>().SingleAsync(t => t.Role == HiringRole.PeerSupportSpecialist));

        var form = await client.TextAsync($"/Hiring/Postings/New?template={template.Id}");
        var response = await client.PostFormAsync("/Hiring/Postings/New", new()
        {
            ["Input.TemplateId"] = template.Id.ToString(),
            ["Input.Role"] = "PeerSupportSpecialist",
            ["Input.Title"] = "Peer support specialist, Fresno",
            ["Input.Duties"] = template.Duties,
            ["Input.ValuedExperience"] = template.ValuedExperience,
            ["Input.Languages"] = "es",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.SiteId"] = site.ToString(),
            ["Input.PayMin"] = "24.00",
            ["Input.PayMax"] = "30.50",
            ["Input.FieldPercent"] = "50",
            ["Input.Openings"] = "2",
            ["Input.ClosesOn"] = "2026-04-01",
        }, formPage: $"/Hiring/Postings/New?template={template.Id}");

        Assert.Contains("own recovery story", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.TextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Peer support specialist, Fresno", page);
        Assert.Contains("Fresno East Clinic", page);
        Assert.Contains("$24.00 to $30.50 an hour", page);
        var posting = await coalition.DbAsync(db => db.Set<Posting>().SingleAsync());
        Assert.Equal(PostingStatus.Draft, posting.Status);
        Assert.Equal("es", posting.LanguagesNeeded);
        Assert.Equal(template.Id, posting.TemplateId);
        var audit = await coalition.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == posting.Id));
        Assert.Equal(AuditAction.Created, audit.Action);
    }

    [Fact]
    public async Task A_posting_with_bad_input_shows_messages_beside_the_fields_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var otherOrg = await coalition.OrganizationAsync("North Valley Behavioral Health");
        var otherSite = await coalition.SiteAsync(otherOrg, "Merced Drop-in Center");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/Hiring/Postings/New", new()
        {
            ["Input.Title"] = "Promotora, Huron",
            ["Input.Duties"] = "",
            ["Input.ValuedExperience"] = "Speaking Mixteco.",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.SiteId"] = otherSite.ToString(),
            ["Input.PayMin"] = "30",
            ["Input.PayMax"] = "20",
            ["Input.FieldPercent"] = "140",
            ["Input.Openings"] = "1",
        }, formPage: "/Hiring/Postings/New");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Describe the duties in a few plain sentences.", html);
        Assert.Contains("Choose a site of the organization you chose, or leave the site empty.", html);
        Assert.Contains("The highest pay cannot be lower than the lowest pay.", html);
        Assert.Contains("Enter the share of time in the field, from 0 to 100.", html);
        Assert.Contains("Choose at least one language the job needs.", html);
        Assert.Contains("value=\"Promotora, Huron\"", html);
        Assert.Contains("Speaking Mixteco.", html);
        Assert.False(await coalition.DbAsync(db => db.Set<Posting>().AnyAsync()));
    }

    [Fact]
    public async Task An_edit_from_a_stale_copy_is_refused_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org, "Community health worker");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var form = await client.TextAsync($"/Hiring/Postings/Edit/{posting.Id}");
        var staleVersion = OrganizationsTestData.FormVersion(form);
        await coalition.DbAsync(async db =>
        {
            var saved = await db.Set<Posting>().SingleAsync();
            saved.Title = "Community health worker, Selma";
            return await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync($"/Hiring/Postings/Edit/{posting.Id}", new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.Title"] = "Community health worker, Sanger",
            ["Input.Duties"] = posting.Duties,
            ["Input.ValuedExperience"] = posting.ValuedExperience,
            ["Input.Languages"] = "en",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.PayMin"] = "25",
            ["Input.PayMax"] = "31",
            ["Input.FieldPercent"] = "60",
            ["Input.Openings"] = "2",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this posting", html);
        Assert.Contains("value=\"Community health worker, Sanger\"", html);
        Assert.Contains("Community health worker, Selma", html);
        Assert.Equal("Community health worker, Selma", await coalition.DbAsync(db => db.Set<Posting>().Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_opens_a_draft_and_the_posting_list_filters_by_status()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var draft = await coalition.PostingAsync(org, "Promotora, Huron", PostingStatus.Draft);
        await coalition.PostingAsync(org, "Peer support, Merced", PostingStatus.Closed);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync($"/Hiring/Postings/{draft.Id}?handler=Status", new() { ["NewStatus"] = "Open" }, formPage: $"/Hiring/Postings/{draft.Id}");
        var open = await client.TextAsync("/Hiring?status=Open");
        var closed = await client.TextAsync("/Hiring?status=Closed");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Promotora, Huron", open);
        Assert.DoesNotContain("Peer support, Merced", open);
        Assert.Contains("Peer support, Merced", closed);
        var saved = await coalition.DbAsync(db => db.Set<Posting>().SingleAsync(p => p.Id == draft.Id));
        Assert.Equal(PostingStatus.Open, saved.Status);
        Assert.NotNull(saved.OpenedAt);
    }

    [Fact]
    public async Task A_supervisor_reads_postings_but_cannot_create_edit_or_change_status()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org, "Community health worker", PostingStatus.Draft);
        var client = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();

        var list = await client.TextAsync("/Hiring");
        var details = await client.TextAsync($"/Hiring/Postings/{posting.Id}");

        Assert.Contains("Community health worker", list);
        Assert.DoesNotContain("Create a posting", list);
        Assert.DoesNotContain("Change status", details);
        OrganizationsTestData.AssertRefused(await client.GetAsync("/Hiring/Postings/New"));
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/Hiring/Postings/Edit/{posting.Id}"));
        var worker = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();
        OrganizationsTestData.AssertRefused(await worker.GetAsync("/Hiring"));
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_a_posting()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org);
        var other = await TestCoalition.CreateAsync(app);
        var intruder = await (await other.AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Postings/{posting.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Postings/Edit/{posting.Id}")).StatusCode);
        Assert.DoesNotContain(posting.Id.ToString(), await intruder.TextAsync("/Hiring"));
    }
}
