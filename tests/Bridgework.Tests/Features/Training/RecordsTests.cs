using System.Net;
using System.Text;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Assignments;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class RecordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The test clock stands at 2 March 2026.
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static Dictionary<string, string> Outside(string title, Guid requirement, string hours = "4") => new()
    {
        ["Input.Title"] = title,
        ["Input.Provider"] = "Central Valley Health Network",
        ["Input.CompletedOn"] = "2026-02-20",
        ["Input.Hours"] = hours,
        ["Input.RequirementId"] = requirement.ToString(),
    };

    private static async Task<string> RecordOutsideAsync(HttpClient worker, TrainingTeam t, string title)
    {
        var response = await worker.PostMultipartAsync("/Training/Records/New",
            Outside(title, t.Requirements[CredentialType.CommunityHealthWorkerCertificate]), "Certificate", "certificate.pdf", Pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Outside_training_counts_only_once_the_supervisor_approves_it()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10));
        var worker = await t.Worker.SignInAsync();
        var supervisor = await t.Supervisor.SignInAsync();

        var url = await RecordOutsideAsync(worker, t, "Diabetes Prevention Refresher");

        Assert.Contains("0 of 6 hours done", await worker.TextAsync("/Training/Me"));
        Assert.Contains("Waiting for review", await worker.TextAsync("/Training/Me"));
        Assert.Contains("Diabetes Prevention Refresher", await supervisor.TextAsync("/Training/Records/Review"));
        Assert.Contains("Training records to review", await supervisor.TextAsync("/"));
        // Nobody reviews their own record.
        Assert.DoesNotContain("Approve: the hours count", await worker.TextAsync(url));

        var approved = await supervisor.PostFormAsync(url + "?handler=Approve", new() { ["Version"] = await VersionAsync(t, url) }, url);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("4 of 6 hours done", await worker.TextAsync("/Training/Me"));
        Assert.DoesNotContain($"href=\"{url}\"", await supervisor.TextAsync("/Training/Records/Review"));
    }

    [Fact]
    public async Task A_returned_record_needs_a_reason_counts_for_nothing_and_shows_the_reason_to_the_worker()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10));
        var worker = await t.Worker.SignInAsync();
        var supervisor = await t.Supervisor.SignInAsync();
        var url = await RecordOutsideAsync(worker, t, "Community Resource Fair orientation");
        var version = await VersionAsync(t, url);

        var noReason = await supervisor.PostFormAsync(url + "?handler=Return", new() { ["Version"] = version, ["Reason"] = " " }, url);
        Assert.Contains("Tell the worker why you are returning it", await noReason.Content.ReadAsStringAsync());

        var returned = await supervisor.PostFormAsync(url + "?handler=Return", new() { ["Version"] = version, ["Reason"] = "The certificate shows no hours." }, url);

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var me = await worker.TextAsync("/Training/Me");
        Assert.Contains("Returned: The certificate shows no hours.", me);
        Assert.Contains("0 of 6 hours done", me);
        Assert.Contains("The certificate shows no hours.", await worker.TextAsync(url));
    }

    [Fact]
    public async Task A_certificate_that_is_not_a_pdf_or_image_or_is_over_5_MB_is_refused_beside_the_field()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var worker = await t.Worker.SignInAsync();
        var requirement = t.Requirements[CredentialType.CommunityHealthWorkerCertificate];

        var disguised = await worker.PostMultipartAsync("/Training/Records/New", Outside("Disguised", requirement),
            "Certificate", "certificate.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "application/pdf");
        var disguisedHtml = await disguised.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
        Assert.Contains("Upload a PDF, PNG or JPEG file. This file is none of them.", disguisedHtml);
        Assert.Contains("value=\"Disguised\"", disguisedHtml);

        var large = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(large, 0);
        var tooLarge = await worker.PostMultipartAsync("/Training/Records/New", Outside("Too large", requirement), "Certificate", "big.pdf", large, "application/pdf");
        Assert.Contains("The file is larger than 5 MB.", await tooLarge.Content.ReadAsStringAsync());

        Assert.False(await t.Coalition.DbAsync(db => db.Set<CompletionRecord>().AnyAsync()));
    }

    [Fact]
    public async Task The_certificate_is_only_ever_a_download_and_another_coalition_gets_404()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var worker = await t.Worker.SignInAsync();
        var url = await RecordOutsideAsync(worker, t, "First aid refresher");
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        var file = await (await t.Supervisor.SignInAsync()).GetAsync(url + "?handler=File");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/octet-stream", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url + "?handler=File")).StatusCode);
    }

    [Fact]
    public async Task A_self_paced_course_marked_done_and_approved_closes_its_assignment()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var supervisor = await t.Supervisor.SignInAsync();
        var assigned = await supervisor.PostFormAsync("/Training/Assignments/New", new()
        {
            ["Input.StaffMemberId"] = t.WorkerStaff.ToString(),
            ["Input.CourseId"] = t.SelfPaced.ToString(),
            ["Input.DueOn"] = "2026-03-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains("Harm Reduction Basics", await supervisor.TextAsync("/Training/Assignments?state=Due"));
        var worker = await t.Worker.SignInAsync();

        var empty = await worker.PostFormAsync($"/Training/Records/Complete/{t.SelfPaced}", new() { ["CompletedOn"] = "2026-03-02" });
        Assert.Contains("Tell your supervisor what you did, or upload a file that shows it.", await empty.Content.ReadAsStringAsync());
        var done = await worker.PostFormAsync($"/Training/Records/Complete/{t.SelfPaced}", new() { ["CompletedOn"] = "2026-03-02", ["Note"] = "Finished all four modules and the quiz." });
        var url = done.Headers.Location!.OriginalString;
        Assert.Contains("Waiting for review", await worker.TextAsync("/Training/Me"));

        await supervisor.PostFormAsync(url + "?handler=Approve", new() { ["Version"] = await VersionAsync(t, url) }, url);

        Assert.Contains("Harm Reduction Basics", await supervisor.TextAsync("/Training/Assignments?state=Done"));
        Assert.DoesNotContain("Harm Reduction Basics", await supervisor.TextAsync("/Training/Assignments?state=Due"));
        Assert.Equal(1, await t.Coalition.DbAsync(db => db.Set<TrainingAssignment>().CountAsync()));
    }

    [Fact]
    public async Task A_supervisor_assigns_only_to_their_own_people_and_a_worker_cannot_assign()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var stranger = await t.Coalition.AddStaffAsync(t.Org, "Rosa", "Ortiz");
        var supervisor = await t.Supervisor.SignInAsync();

        var refused = await supervisor.PostFormAsync("/Training/Assignments/New", new()
        {
            ["Input.StaffMemberId"] = stranger.ToString(),
            ["Input.CourseId"] = t.SelfCare.ToString(),
            ["Input.DueOn"] = "2026-03-31",
        });

        Assert.Contains("Choose one of your people from the list.", await refused.Content.ReadAsStringAsync());
        DirectoryTests.AssertForbidden(await (await t.Worker.SignInAsync()).GetAsync("/Training/Assignments/New"));
    }

    [Fact]
    public async Task A_worker_adds_a_credential_with_specializations_and_its_certificate_and_another_coalition_gets_404()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var worker = await t.Worker.SignInAsync();

        var added = await worker.PostMultipartAsync($"/Training/Credentials/New?staff={t.WorkerStaff}", new()
        {
            ["Staff"] = t.WorkerStaff.ToString(),
            ["Input.Type"] = nameof(CredentialType.PeerSupportSpecialist),
            ["Input.Name"] = "Medi-Cal Peer Support Specialist",
            ["Input.Issuer"] = "CalMHSA",
            ["Input.IssuedOn"] = "2025-01-15",
            ["Input.ExpiresOn"] = "2027-01-14",
            ["Input.Specializations"] = nameof(PeerSpecialization.CrisisCare),
        }, "Document", "card.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await worker.TextAsync("/Training/Credentials");
        Assert.Contains("Medi-Cal Peer Support Specialist", page);
        Assert.Contains("Specializations: Crisis care", page);
        var id = await t.Coalition.DbAsync(db => db.Set<Credential>().Select(c => c.Id).SingleAsync());
        Assert.Contains("Medi-Cal Peer Support Specialist", await (await t.Supervisor.SignInAsync()).TextAsync($"/Training/Credentials?staff={t.WorkerStaff}"));
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Credentials/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Credentials?staff={t.WorkerStaff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Credentials?handler=File&id={id}")).StatusCode);
    }

    private static Task<string> VersionAsync(TrainingTeam t, string url)
    {
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        return t.Coalition.DbAsync(db => db.Set<CompletionRecord>().Where(c => c.Id == id).Select(c => c.Version.ToString()).FirstAsync());
    }
}
