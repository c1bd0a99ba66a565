using System.Net;
using System.Text;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.People;

public sealed class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_export_has_the_template_columns_no_lived_experience_and_neutralised_formulas()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync("Valley Clinic");
        var rita = await coalition.AddStaffAsync(org, "Rita", "Reyes", s =>
        {
            s.JobTitle = "=HYPERLINK(\"http://evil.example\",\"click\")";
            s.Pronouns = "@she";
            s.Phone = "+1 559 555 0100";
            s.SeparationReason = null;
        });
        await coalition.DbAsync(async db =>
        {
            db.Add(new LivedExperience { StaffMemberId = rita, Area = LivedExperienceArea.SubstanceUse });
            db.Add(new LivedExperience { StaffMemberId = rita, Area = LivedExperienceArea.JusticeInvolvement });
            return await db.SaveChangesAsync();
        });
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.GetAsync("/People/Export");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(ImportTests.Header, lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", lines[1]);
        Assert.Contains(",'@she,", lines[1]);
        Assert.Contains(",'+1 559 555 0100,", lines[1]);
        Assert.DoesNotContain("Substance", csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Justice", csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Lived", csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_export_follows_the_directory_filters_and_sort()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var valley = await coalition.AddOrganizationAsync("Valley Clinic");
        var harbor = await coalition.AddOrganizationAsync("Harbor Services");
        await coalition.AddStaffAsync(valley, "Ana", "Zamora");
        await coalition.AddStaffAsync(valley, "Ben", "Abbott");
        await coalition.AddStaffAsync(harbor, "Cruz", "Castro");
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var csv = await client.TextAsync($"/People/Export?organization={valley}&sort=name&dir=desc");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Ana,Zamora,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Ben,Abbott,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_imports_again_into_a_coalition_with_the_same_organizations()
    {
        var source = await TestCoalition.CreateAsync(app);
        var org = await source.AddOrganizationAsync("Valley Clinic");
        await source.AddSiteAsync(org, "Main Street");
        var rosa = await source.AddStaffAsync(org, "Rosa", "Delgado", s => { s.JobFamily = JobFamily.Supervisor; s.Phone = "+1 (559) 555-0101"; },
            ("en", LanguageProficiency.Native), ("fa", LanguageProficiency.Fluent));
        await source.AddStaffAsync(org, "Lupe", "Herrera", s => { s.SupervisorId = rosa; s.Fte = 0.5m; s.PreferredName = "Lupita"; });
        await source.AddStaffAsync(org, "Tom", "Nguyen", s =>
        {
            s.Status = EmploymentStatus.Separated;
            s.SeparationDate = new DateOnly(2025, 6, 30);
            s.SeparationReason = "Retired, after 20 years";
        });
        var csv = await (await (await source.AdminAsync()).SignInAsync()).TextAsync("/People/Export?status=all");

        var target = await TestCoalition.CreateAsync(app);
        var targetOrg = await target.AddOrganizationAsync("Valley Clinic");
        await target.AddSiteAsync(targetOrg, "Main Street");
        var client = await (await target.AdminAsync()).SignInAsync();
        var preview = await ImportTests.PreviewAsync(client, Encoding.UTF8.GetBytes(csv), "staff-export.csv");

        Assert.Contains("No problems found. 3 people are ready to import.", preview);
        await client.PostFormAsync("/People/Import?handler=Commit", new() { ["Payload"] = ImportTests.Payload(preview) }, formPage: "/People/Import");
        var imported = await target.DbAsync(db => db.Set<StaffMember>().Include(s => s.Languages).ToListAsync());
        Assert.Equal(3, imported.Count);
        var lupe = imported.Single(s => s.LegalFirstName == "Lupe");
        Assert.Equal(imported.Single(s => s.LegalFirstName == "Rosa").Id, lupe.SupervisorId);
        Assert.Equal("Lupita", lupe.PreferredName);
        Assert.Equal("+1 (559) 555-0101", imported.Single(s => s.LegalFirstName == "Rosa").Phone);
        Assert.Contains(imported.Single(s => s.LegalFirstName == "Rosa").Languages, l => l.Language == "fa" && l.Proficiency == LanguageProficiency.Fluent);
        Assert.Equal("Retired, after 20 years", imported.Single(s => s.LegalFirstName == "Tom").SeparationReason);
    }

    [Fact]
    public async Task Another_coalitions_admin_exports_none_of_the_rows()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        await coalition.AddStaffAsync(org, "Private", "Person");
        var outsider = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        var csv = await outsider.TextAsync("/People/Export?status=all");

        Assert.DoesNotContain("Private", csv, StringComparison.Ordinal);
        Assert.Single(csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
