using System.Net;
using System.Text;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using MiniExcelLibs;

namespace Bridgework.Tests.Features.Training;

public sealed class AuditExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The test clock stands at 2 March 2026.
    [Fact]
    public async Task The_audit_export_lists_credentials_hours_and_evidence_per_worker_filtered_by_worker()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var chw = t.Requirements[CredentialType.CommunityHealthWorkerCertificate];
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10));
        await t.Coalition.AddHoursAsync(t.WorkerStaff, chw, new DateOnly(2026, 2, 10), 2m, title: "Harm Reduction Basics");
        await t.Coalition.DbAsync(async db =>
        {
            db.Add(new CompletionRecord
            {
                StaffMemberId = t.WorkerStaff, Title = "Diabetes Prevention Refresher", CompletedOn = new DateOnly(2026, 2, 20), Hours = 3m, RequirementId = chw,
                Source = CompletionSource.Outside, Approval = ApprovalStatus.Pending, Provider = "Central Valley Health Network",
            });
            await db.SaveChangesAsync();
            return true;
        });
        var other = await t.Coalition.AddStaffAsync(t.Org, "Rosa", "Ortiz");
        await t.Coalition.AddCredentialAsync(other, CredentialType.MentalHealthFirstAid, new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1));
        var admin = await (await t.Coalition.AdminAsync()).SignInAsync();

        var credentials = await CsvAsync(admin, $"/Training/Compliance/Export?handler=Download&format=csv&section=credentials&worker={t.WorkerStaff}");
        Assert.Contains("Lupe Herrera,Valley Community Health,CHW certificate,CHW certificate,,2022-01-10,,,Current,no", credentials);
        Assert.DoesNotContain("Rosa Ortiz", credentials);

        var hours = await CsvAsync(admin, $"/Training/Compliance/Export?handler=Download&format=csv&section=hours&worker={t.WorkerStaff}");
        // Nothing was recorded for 2025, so the last period ended short.
        Assert.Contains("Lupe Herrera,Valley Community Health,CHW continuing education,2026-01-01,2026-12-31,6,2,0,0,Lapsed", hours);

        var evidence = await CsvAsync(admin, $"/Training/Compliance/Export?handler=Download&format=csv&section=evidence&worker={t.WorkerStaff}");
        Assert.Contains("Diabetes Prevention Refresher,,,Outside training,Central Valley Health Network,3,CHW continuing education,no,Waiting for review", evidence);
        Assert.Contains("Harm Reduction Basics,,,Attendance,,2,CHW continuing education,no,Approved", evidence);

        var xlsx = await admin.GetAsync("/Training/Compliance/Export?handler=Download&format=xlsx");
        using var file = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Credentials", "Hours", "Evidence"], MiniExcel.GetSheetNames(file));
        var rows = file.Query(useHeaderRow: true, sheetName: "Credentials").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Worker"] == "Rosa Ortiz" && (string)r["Credential"] == "Mental Health First Aid");
    }

    [Fact]
    public async Task Workers_have_no_audit_export_and_another_coalition_sees_none_of_these_workers()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10));
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        DirectoryTests.AssertForbidden(await (await t.Worker.SignInAsync()).GetAsync("/Training/Compliance/Export"));
        var csv = await CsvAsync(intruder, $"/Training/Compliance/Export?handler=Download&format=csv&section=credentials&worker={t.WorkerStaff}");
        Assert.DoesNotContain("Lupe Herrera", csv);
    }

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
