using System.Globalization;
using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Audit;
using Bridgework.Web.Features.People;

namespace Bridgework.Tests.Features.Audit;

public sealed class AuditValuesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly CultureInfo Spanish = new("es-US");

    [Theory]
    [InlineData("2026-11-23T19:03:07.4252567Z")]
    [InlineData("2026-11-23T19:03:07.4252567")]
    public void A_recorded_moment_reads_in_the_coalitions_time_whether_or_not_it_kept_its_utc_mark(string stored)
    {
        var shown = AuditValues.Display(stored, Pacific, Spanish, text => text);

        Assert.Equal(new DateTime(2026, 11, 23, 11, 3, 7).ToString("g", Spanish), shown);
    }

    [Fact]
    public void Yes_no_and_typed_text_read_as_a_person_would_say_them()
    {
        static string Translate(string text) => text == "Yes" ? "Sí" : text;

        Assert.Equal("Sí", AuditValues.Display("True", Pacific, Spanish, Translate));
        Assert.Equal("No", AuditValues.Display("False", Pacific, Spanish, Translate));
        Assert.Equal("Yes", AuditValues.Display("Yes", Pacific, Spanish, Translate));
        Assert.Equal("2026-02-31", AuditValues.Display("2026-02-31", Pacific, Spanish, Translate));
        Assert.Equal("(559) 555-0142", AuditValues.Display("(559) 555-0142", Pacific, Spanish, Translate));
    }

    [Fact]
    public async Task A_spanish_reader_sees_dates_and_yes_or_no_in_spanish_on_the_audit_trail()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await coalition.DbAsync(async db =>
        {
            var org = new Organization { Name = "Fechas Org", Kind = OrganizationKind.CommunityBasedOrganization };
            db.AddRange(org, new StaffMember { LegalFirstName = "Inés", LegalLastName = "Montoya", OrganizationId = org.Id, HireDate = new DateOnly(2026, 2, 27) });
            await db.SaveChangesAsync();
            return 0;
        });
        var client = await (await coalition.AdminAsync()).SignInAsync();
        await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Audit" }, "/Audit");

        var staff = WebUtility.HtmlDecode(await client.TextAsync("/Audit?Filter.Entity=StaffMember"));
        var organizations = WebUtility.HtmlDecode(await client.TextAsync("/Audit?Filter.Entity=Organization"));

        Assert.Contains("Fecha de contratación", staff);
        Assert.Contains(new DateOnly(2026, 2, 27).ToString("d", Spanish), staff);
        Assert.DoesNotContain("2026-02-27", staff);
        Assert.Contains("Archivado", organizations);
        Assert.Matches(@"Archivado</strong>:\s*<span class=""text-break"">No</span>", organizations);
        Assert.DoesNotContain("False", organizations);
    }
}
