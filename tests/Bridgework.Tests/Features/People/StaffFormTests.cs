using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class StaffFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_adds_a_staff_member_and_lands_on_the_profile_with_a_message()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var site = await coalition.AddSiteAsync(org, "Fresno Main Street");
        var client = await admin.SignInAsync();

        var response = await client.PostFormAsync("/People/Staff/New", new()
        {
            ["Input.LegalFirstName"] = "Guadalupe",
            ["Input.LegalLastName"] = "Herrera",
            ["Input.PreferredName"] = "Lupe",
            ["Input.Pronouns"] = "she/her",
            ["Input.JobFamily"] = "Promotora",
            ["Input.JobTitle"] = "Promotora de salud",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.SiteId"] = site.ToString(),
            ["Input.HireDate"] = "2024-02-12",
            ["Input.Fte"] = "0.8",
            ["Input.Status"] = "Active",
            ["Input.Email"] = "lupe@valley.example",
            ["Input.Phone"] = "(559) 555-0134",
            ["Input.Languages[0].Language"] = "es",
            ["Input.Languages[0].Proficiency"] = "Native",
            ["Input.Languages[1].Language"] = "mix",
            ["Input.Languages[1].Proficiency"] = "Conversational",
            ["Input.Languages[2].Language"] = "",
            ["Input.Languages[2].Proficiency"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await client.TextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Added Lupe Herrera to the directory.", profile);
        Assert.Contains("Fresno Main Street", profile);
        Assert.Contains("Mixteco", profile);
        Assert.Contains("Conversational", profile);
        var stored = await coalition.DbAsync(db => db.Set<StaffMember>().Include(s => s.Languages).SingleAsync());
        Assert.Equal(0.8m, stored.Fte);
        Assert.Equal(2, stored.Languages.Count);
    }

    [Fact]
    public async Task Rejected_input_comes_back_with_each_message_and_everything_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var other = await coalition.AddOrganizationAsync("Harbor Services");
        var otherSite = await coalition.AddSiteAsync(other, "Harbor Drop-in");
        var client = await admin.SignInAsync();

        var response = await client.PostFormAsync("/People/Staff/New", new()
        {
            ["Input.LegalFirstName"] = "Ana",
            ["Input.LegalLastName"] = "",
            ["Input.JobFamily"] = "CommunityHealthWorker",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.SiteId"] = otherSite.ToString(),
            ["Input.HireDate"] = "2030-01-01",
            ["Input.Fte"] = "1.5",
            ["Input.Status"] = "Separated",
            ["Input.Email"] = "not-an-email",
            ["Input.Phone"] = "call me",
            ["Input.Languages[0].Language"] = "es",
            ["Input.Languages[0].Proficiency"] = "",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter the legal last name.", html);
        Assert.Contains("Enter an FTE from 0.1 to 1.0 (1.0 is full time).", html);
        Assert.Contains("Enter an e-mail address like name@example.org.", html);
        Assert.Contains("Enter a phone number, like (559) 555-0134.", html);
        Assert.Contains("The hire date can’t be in the future.", html);
        Assert.Contains("Enter the date this person separated.", html);
        Assert.Contains("Enter the reason this person separated.", html);
        Assert.Contains("This site belongs to another organization.", html);
        Assert.Contains("Choose how well this person speaks the language.", html);
        Assert.Contains("value=\"Ana\"", html);
        Assert.Contains("value=\"not-an-email\"", html);
        Assert.Contains("value=\"2030-01-01\"", html);
        Assert.Contains("value=\"1.5\"", html);
        Assert.Equal(0, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync()));
    }

    [Fact]
    public async Task A_person_cannot_be_their_own_supervisor_and_an_email_belongs_to_one_record()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync();
        await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.Email = "marcus@valley.example");
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes");
        var client = await admin.SignInAsync();

        var form = await EditFormAsync(client, rita);
        form["Input.SupervisorId"] = rita.ToString();
        form["Input.Email"] = "MARCUS@valley.example";
        var response = await client.PostFormAsync($"/People/Staff/{rita}/Edit", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("A person can’t be their own supervisor.", html);
        Assert.Contains("Marcus Bell already has this e-mail address.", html);
    }

    [Fact]
    public async Task A_concurrent_edit_is_refused_and_shows_the_other_persons_change_beside_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes", s => s.Phone = "(559) 555-0100");
        var first = await (await coalition.AdminAsync()).SignInAsync();
        var second = await (await coalition.AdminAsync()).SignInAsync();
        var firstForm = await EditFormAsync(first, rita);
        var secondForm = await EditFormAsync(second, rita);

        firstForm["Input.Phone"] = "(559) 555-0199";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/People/Staff/{rita}/Edit", firstForm)).StatusCode);

        secondForm["Input.JobTitle"] = "Lead community health worker";
        var refused = await second.PostFormAsync($"/People/Staff/{rita}/Edit", secondForm);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else saved changes to this record while you were editing", html);
        Assert.Contains("value=\"Lead community health worker\"", html);
        Assert.Contains("Saved now: (559) 555-0199", html);
        Assert.Contains("Fields that differ from the saved record: Job title, Phone.", html);
        var stored = await coalition.DbAsync(db => db.Set<StaffMember>().SingleAsync(s => s.Id == rita));
        Assert.Equal("(559) 555-0199", stored.Phone);
        Assert.Null(stored.JobTitle);

        // Saving again from the refreshed form is a deliberate choice and goes through.
        var again = Fields(html);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync($"/People/Staff/{rita}/Edit", again)).StatusCode);
        stored = await coalition.DbAsync(db => db.Set<StaffMember>().SingleAsync(s => s.Id == rita));
        Assert.Equal("Lead community health worker", stored.JobTitle);
    }

    [Fact]
    public async Task Editing_languages_adds_changes_and_removes_rows()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes", languages: [("en", LanguageProficiency.Native), ("es", LanguageProficiency.Basic)]);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var form = await EditFormAsync(client, rita);
        Assert.Equal("en", form["Input.Languages[0].Language"]);
        Assert.Equal("es", form["Input.Languages[1].Language"]);
        form["Input.Languages[0].Language"] = "";
        form["Input.Languages[1].Proficiency"] = "Fluent";
        form["Input.Languages[2].Language"] = "tl";
        form["Input.Languages[2].Proficiency"] = "Conversational";
        var response = await client.PostFormAsync($"/People/Staff/{rita}/Edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var languages = await coalition.DbAsync(db => db.Set<StaffLanguage>().Where(l => l.StaffMemberId == rita)
            .OrderBy(l => l.Language).Select(l => new { l.Language, l.Proficiency }).ToListAsync());
        Assert.Equal([new { Language = "es", Proficiency = LanguageProficiency.Fluent }, new { Language = "tl", Proficiency = LanguageProficiency.Conversational }], languages);
    }

    [Fact]
    public async Task Edits_are_audited_field_by_field()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var form = await EditFormAsync(client, rita);
        form["Input.Pronouns"] = "ella";
        await client.PostFormAsync($"/People/Staff/{rita}/Edit", form);

        var audit = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == rita && a.Action == AuditAction.Updated).ToListAsync());
        var line = Assert.Single(audit);
        Assert.Contains("\"Pronouns\"", line.Changes);
        Assert.Contains("ella", line.Changes);
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_on_every_staff_url()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes");
        var outsider = await (await TestCoalition.CreateAsync(app)).AdminAsync();
        var client = await outsider.SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Staff/{rita}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Staff/{rita}/Edit")).StatusCode);
        var post = await client.PostFormAsync($"/People/Staff/{rita}/Edit", new()
        {
            ["Input.LegalFirstName"] = "Taken",
            ["Input.LegalLastName"] = "Over",
            ["Input.JobFamily"] = "Other",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.Fte"] = "1.0",
            ["Input.Status"] = "Active",
        }, formPage: "/People/Staff/New");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var stored = await coalition.DbAsync(db => db.Set<StaffMember>().SingleAsync(s => s.Id == rita));
        Assert.Equal("Rita", stored.LegalFirstName);
    }

    /// <summary>The edit form's fields as the page filled them in.</summary>
    internal static async Task<Dictionary<string, string>> EditFormAsync(HttpClient client, Guid id) =>
        Fields(await client.TextAsync($"/People/Staff/{id}/Edit"));

    internal static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match input in System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]*>"))
        {
            var name = Attribute(input.Value, "name");
            if (name is null || name == "__RequestVerificationToken" || Attribute(input.Value, "type") is "submit")
            {
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? "");
        }

        foreach (System.Text.RegularExpressions.Match select in System.Text.RegularExpressions.Regex.Matches(html, "<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(select.Groups[2].Value, "<option selected=\"selected\" value=\"([^\"]*)\"");
            fields[select.Groups[1].Value] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }

        foreach (System.Text.RegularExpressions.Match area in System.Text.RegularExpressions.Regex.Matches(html, "<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\r', '\n'));
        }

        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }
}
