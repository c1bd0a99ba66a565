using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed partial class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    internal const string Header = "Legal first name,Legal last name,Preferred name,Pronouns,Job family,Job title,Organization,Site,Supervisor,Hire date,FTE,Status,Separation date,Separation reason,E-mail,Phone,Languages";

    [Fact]
    public async Task The_template_has_every_column_of_the_roster()
    {
        var client = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        var response = await client.GetAsync("/People/Import?handler=Template");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Header, text.TrimEnd());
    }

    [Fact]
    public async Task The_preview_lists_every_problem_by_line_and_column_and_imports_nothing()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        await coalition.AddSiteAsync(org, "Main Street");
        await coalition.AddStaffAsync(org, "Existing", "Person", s => s.Email = "taken@valley.example");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var csv = string.Join("\n",
            Header,
            "Ana,Alvarez,,,Community health worker,,Valley Clinic,Main Street,,2024-01-15,1.0,Active,,,ana@valley.example,,Spanish (Native)",
            "Ben,,,,Astronaut,,Nowhere Org,,,15/15/2024,2,,,,ana@valley.example,,Klingon (Fluent)",
            "Cruz,Castro,,,Peer support specialist,,Valley Clinic,Back Office,Nobody Known,2031-01-01,,Separated,,,taken@valley.example,call me,Spanish",
            "");

        var html = await PreviewAsync(client, csv);

        Assert.Contains("problems found. Nothing can be imported", html);
        Assert.DoesNotContain("name=\"Payload\"", html);
        var problems = Problems(html);
        Assert.Contains((3, "Legal last name", "“Legal last name” is required."), problems);
        Assert.Contains(problems, p => p is (3, "Job family", _) && p.Message.StartsWith("Unknown job family “Astronaut”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is (3, "Organization", _) && p.Message.Contains("Nowhere Org", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is (3, "Hire date", _) && p.Message.Contains("15/15/2024", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is (3, "FTE", _));
        Assert.Contains((3, "E-mail", "Line 2 has the same e-mail address. Each person needs their own."), problems);
        Assert.Contains((3, "Languages", "Unknown language “Klingon”."), problems);
        Assert.Contains(problems, p => p is (4, "Site", _) && p.Message.Contains("Back Office", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is (4, "Supervisor", _) && p.Message.Contains("Nobody Known", StringComparison.Ordinal));
        Assert.Contains((4, "Hire date", "The hire date can’t be in the future."), problems);
        Assert.Contains((4, "Separation date", "A separated person needs a separation date."), problems);
        Assert.Contains((4, "Separation reason", "A separated person needs a separation reason."), problems);
        Assert.Contains((4, "E-mail", "Existing Person already has this e-mail address in the directory."), problems);
        Assert.Contains((4, "Phone", "“call me” is not a phone number."), problems);
        Assert.Contains(problems, p => p is (4, "Languages", _) && p.Message.Contains("Spanish (Fluent)", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Line == 2);
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync()));
    }

    [Fact]
    public async Task A_file_with_wrong_columns_is_refused_at_line_one()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var html = await PreviewAsync(client, "First name,Last name,Hiredate\nAna,Alvarez,2024-01-01\n");
        var problems = Problems(html);

        Assert.Contains((1, "First name", "Unknown column “First name”. Use the column names of the template."), problems);
        Assert.Contains((1, "Legal first name", "The column “Legal first name” is missing. Start from the template."), problems);
    }

    [Fact]
    public async Task A_valid_file_imports_every_row_with_supervisors_languages_and_separations()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var site = await coalition.AddSiteAsync(org, "Main Street");
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.JobFamily = JobFamily.Supervisor);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var csv = string.Join("\r\n",
            Header,
            "Rosa,Delgado,,she/her,Supervisor,Lead supervisor,valley clinic,MAIN STREET,Marcus Bell,2019-06-01,1.0,Active,,,rosa@valley.example,(559) 555-0101,English (Native); Spanish (Fluent)",
            "Guadalupe,Herrera,Lupe,,Promotor(a),,Valley Clinic,,rosa@valley.example,03/15/2024,0.5,On leave,,,lupe@valley.example,'+1 559 555 0102,\"Spanish (Native), Mixteco (Conversational)\"",
            "Tom,Nguyen,,,Peer support specialist,,Valley Clinic,,Lupe Herrera,2020-01-01,0.75,Separated,2025-12-31,Moved to another county,,,Vietnamese (Native)");

        var preview = await PreviewAsync(client, csv);
        Assert.Contains("No problems found. 3 people are ready to import.", preview);

        var commit = await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = Payload(preview) }, formPage: "/People/Import");
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Contains("Imported 3 staff records", await client.TextAsync(commit.Headers.Location!.OriginalString));

        var staff = await coalition.DbAsync(db => db.Set<StaffMember>().Include(s => s.Languages).ToListAsync());
        var rosa = staff.Single(s => s.LegalFirstName == "Rosa");
        var lupe = staff.Single(s => s.LegalFirstName == "Guadalupe");
        var tom = staff.Single(s => s.LegalFirstName == "Tom");
        Assert.Equal(4, staff.Count);
        Assert.Equal(marcus, rosa.SupervisorId);
        Assert.Equal(site, rosa.SiteId);
        Assert.Equal(rosa.Id, lupe.SupervisorId);
        Assert.Equal(lupe.Id, tom.SupervisorId);
        Assert.Equal(new DateOnly(2024, 3, 15), lupe.HireDate);
        Assert.Equal(EmploymentStatus.OnLeave, lupe.Status);
        Assert.Equal("+1 559 555 0102", lupe.Phone);
        Assert.Equal(0.5m, lupe.Fte);
        Assert.Equal(["es", "mix"], lupe.Languages.Select(l => l.Language).Order());
        Assert.Equal(EmploymentStatus.Separated, tom.Status);
        Assert.Equal("Moved to another county", tom.SeparationReason);
    }

    [Fact]
    public async Task Committing_the_same_preview_twice_imports_once()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await coalition.AddOrganizationAsync("Valley Clinic");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var preview = await PreviewAsync(client, Header + "\nAna,Alvarez,,,Community health worker,,Valley Clinic,,,,,,,,,,\n");
        var payload = Payload(preview);

        var first = await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = payload }, formPage: "/People/Import");
        var second = await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = payload }, formPage: "/People/Import");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("was already imported from this preview", await client.TextAsync(second.Headers.Location!.OriginalString));
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync()));
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<ImportedRoster>().CountAsync()));
    }

    [Fact]
    public async Task A_file_that_stopped_being_valid_after_the_preview_imports_nothing()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var preview = await PreviewAsync(client, string.Join("\n",
            Header,
            "Ana,Alvarez,,,Community health worker,,Valley Clinic,,,,,,,,ana@valley.example,,",
            "Ben,Brooks,,,Community health worker,,Valley Clinic,,,,,,,,ben@valley.example,,"));
        Assert.Contains("No problems found. 2 people are ready to import.", preview);

        // Meanwhile someone adds Ben by hand.
        await coalition.AddStaffAsync(org, "Benjamin", "Brooks", s => s.Email = "ben@valley.example");
        var commit = await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = Payload(preview) }, formPage: "/People/Import");
        var html = WebUtility.HtmlDecode(await commit.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Contains("Nothing was imported", html);
        Assert.Contains((3, "E-mail", "Benjamin Brooks already has this e-mail address in the directory."), Problems(html));
        Assert.Equal(["Benjamin"], await coalition.DbAsync(db => db.Set<StaffMember>().Select(s => s.LegalFirstName).ToListAsync()));
    }

    [Fact]
    public async Task A_tampered_or_foreign_payload_is_refused()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = "bm90IGEgcGF5bG9hZA" }, formPage: "/People/Import");

        Assert.Contains("Upload the file again", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Only_text_csv_files_up_to_2_MB_are_read()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var workbook = await PreviewAsync(client, [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0], "roster.csv");
        var binary = await PreviewAsync(client, [0x41, 0x00, 0x42, 0x0A], "roster.csv");
        var wrongName = await PreviewAsync(client, Encoding.UTF8.GetBytes(Header + "\n"), "roster.pdf");
        var large = await PreviewAsync(client, Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 2 * 1024 * 1024)), "roster.csv");

        Assert.Contains("This looks like an Excel workbook", workbook);
        Assert.Contains("This file is not a text CSV file.", binary);
        Assert.Contains("Choose a .csv file.", wrongName);
        Assert.Contains("The file is larger than 2 MB.", large);
    }

    [Fact]
    public async Task Names_only_match_organizations_of_the_importing_coalition()
    {
        var other = await TestCoalition.CreateAsync(app);
        await other.AddOrganizationAsync("Harbor Services");
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var html = await PreviewAsync(client, Header + "\nAna,Alvarez,,,Community health worker,,Harbor Services,,,,,,,,,,\n");

        Assert.Contains(Problems(html), p => p is (2, "Organization", _));
    }

    [Fact]
    public async Task Supervisors_and_workers_cannot_import_or_export()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        foreach (var role in new[] { CoalitionRole.Supervisor, CoalitionRole.Worker })
        {
            var client = await (await coalition.UserAsync(role)).SignInAsync();
            DirectoryTests.AssertForbidden(await client.GetAsync("/People/Import"));
            DirectoryTests.AssertForbidden(await client.GetAsync("/People/Export"));
        }
    }

    internal static Task<string> PreviewAsync(HttpClient client, string csv) =>
        PreviewAsync(client, Encoding.UTF8.GetBytes(csv), "roster.csv");

    internal static async Task<string> PreviewAsync(HttpClient client, byte[] content, string fileName)
    {
        var response = await client.PostMultipartAsync("/People/Import?handler=Preview", [], "Upload", fileName, content, "text/csv", formPage: "/People/Import");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static string Payload(string html)
    {
        var match = PayloadPattern().Match(html);
        Assert.True(match.Success, "The preview offers no import.");
        return match.Groups[1].Value;
    }

    internal static List<(int Line, string Column, string Message)> Problems(string html)
    {
        var table = html[html.IndexOf("<table class=\"table table-stack align-middle problems\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return ProblemPattern().Matches(table)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim()))
            .ToList();
    }

    [GeneratedRegex("name=\"Payload\" value=\"([^\"]+)\"")]
    private static partial Regex PayloadPattern();

    [GeneratedRegex("<td data-label=\"Line\">(\\d+)</td>\\s*<td data-label=\"Column\">([^<]*)</td>\\s*<td data-label=\"Problem\">([^<]*)</td>")]
    private static partial Regex ProblemPattern();
}
