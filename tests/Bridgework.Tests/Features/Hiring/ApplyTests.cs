using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

/// <summary>This class sends many applications from one address; the limit itself is tested in <see cref="ApplyRateLimitTests"/>.</summary>
public sealed class RoomyAppFactory : AppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hiring:ApplicationsPerHour", "100000");
        builder.UseSetting("Hiring:UploadFolder", Path.Combine(Path.GetTempPath(), "bw-uploads-" + Guid.NewGuid().ToString("N")));
    }
}

public sealed partial class ApplyTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_candidate_applies_without_signing_in_and_gets_a_private_status_link_on_screen_and_by_mail()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        var url = ApplyUrl(coalition, posting);

        var response = await client.PostFormAsync(url, Fields(await KeyAsync(client, url)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thank you. We received your application.", html);
        var statusPath = StatusLink().Match(html).Value;
        Assert.StartsWith("/Jobs/Status/", statusPath, StringComparison.Ordinal);
        var status = await app.Browser().TextAsync(statusPath);
        Assert.Contains("Community health worker", status);
        Assert.Contains("Received.", status);
        Assert.Contains("no-store", (await app.Browser().GetAsync(statusPath)).Headers.CacheControl!.ToString());
        var stored = await coalition.DbAsync(db => db.Set<JobApplication>().SingleAsync());
        Assert.Equal("Graciela Ortiz", stored.Name);
        Assert.Equal(HeardFrom.CommunityBoard, stored.HeardFrom);
        Assert.DoesNotContain(statusPath.Split('/').Last(), stored.StatusTokenHash, StringComparison.Ordinal);
        Assert.Contains(app.Mail(), m => m.Contains("graciela@example.org", StringComparison.Ordinal) && m.Contains(statusPath, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/Jobs/Status/" + new string('x', 32))).StatusCode);
    }

    [Fact]
    public async Task Sending_the_same_form_twice_creates_one_application()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        var url = ApplyUrl(coalition, posting);
        var fields = Fields(await KeyAsync(client, url));

        var first = await client.PostFormAsync(url, fields);
        var second = await client.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Thank you. We received your application.", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<JobApplication>().CountAsync()));
    }

    [Fact]
    public async Task Bad_input_shows_messages_beside_the_fields_and_keeps_what_was_typed()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        var url = ApplyUrl(coalition, posting);
        var fields = Fields(await KeyAsync(client, url));
        fields["Input.Name"] = "";
        fields["Input.Email"] = "";
        fields["Input.Phone"] = "";
        fields["Input.HeardFrom"] = "";
        fields["Input.CommunityConnection"] = "I grew up in Huron and coach youth soccer.";

        var response = await client.PostFormAsync(url, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your name.", html);
        Assert.Contains("Give us an e-mail address or a phone number so we can reach you.", html);
        Assert.Contains("Tell us how you heard about this job.", html);
        Assert.Contains("I grew up in Huron and coach youth soccer.", html);
        Assert.Contains("Weekdays after 9", html);
        Assert.False(await coalition.DbAsync(db => db.Set<JobApplication>().AnyAsync()));
    }

    [Fact]
    public async Task A_filled_honeypot_looks_sent_but_stores_nothing()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        var url = ApplyUrl(coalition, posting);
        var fields = Fields(await KeyAsync(client, url));
        fields["Input.Website"] = "http://spam.example";

        var response = await client.PostFormAsync(url, fields);

        Assert.Contains("Thank you. We received your application.", await response.Content.ReadAsStringAsync());
        Assert.False(await coalition.DbAsync(db => db.Set<JobApplication>().AnyAsync()));
    }

    [Fact]
    public async Task A_resume_is_checked_by_its_content_not_its_name_and_kept_outside_the_web_root()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        var url = ApplyUrl(coalition, posting);

        var fake = await client.PostMultipartAsync(url, Fields(await KeyAsync(client, url)), "Resume", "resume.pdf", "MZ\x90 not a pdf"u8.ToArray(), "application/pdf");
        var zip = await client.PostMultipartAsync(url, Fields(await KeyAsync(client, url)), "Resume", "resume.docx", Zip("notes.txt"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var big = await client.PostMultipartAsync(url, Fields(await KeyAsync(client, url)), "Resume", "big.pdf", [.. "%PDF-1.7\n"u8, .. new byte[(5 * 1024 * 1024) + 1]], "application/pdf");
        var docx = await client.PostMultipartAsync(url, Fields(await KeyAsync(client, url)), "Resume", "mi cv.docx", Zip("word/document.xml"), "application/octet-stream");

        Assert.Contains("Only PDF or Word (.docx) files can be sent.", await fake.Content.ReadAsStringAsync());
        Assert.Contains("Only PDF or Word (.docx) files can be sent.", await zip.Content.ReadAsStringAsync());
        Assert.Contains("The file is larger than 5 MB.", await big.Content.ReadAsStringAsync());
        Assert.Contains("Thank you. We received your application.", await docx.Content.ReadAsStringAsync());
        var stored = await coalition.DbAsync(db => db.Set<JobApplication>().SingleAsync());
        Assert.Equal("mi cv.docx", stored.ResumeFileName);
        Assert.EndsWith(".docx", stored.ResumeStoredName, StringComparison.Ordinal);
        Assert.DoesNotContain("wwwroot", stored.ResumeStoredName, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/uploads/" + stored.ResumeStoredName)).StatusCode);
    }

    [Fact]
    public async Task A_Spanish_reader_gets_the_form_and_the_confirmation_mail_in_Spanish()
    {
        var (coalition, posting) = await OpenPostingAsync();
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX");
        var url = ApplyUrl(coalition, posting);
        var form = await client.TextAsync(url);
        var fields = Fields(await KeyAsync(client, url));
        fields["Input.Email"] = "tomas@example.org";

        await client.PostFormAsync(url, fields);

        Assert.Contains("¿Cómo se enteró de este empleo?", form);
        Assert.Contains("Enviar mi solicitud", form);
        Assert.Equal("es", await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Language).SingleAsync()));
        Assert.Contains(app.Mail(), m => m.Contains("tomas@example.org", StringComparison.Ordinal) && m.Contains("Recibimos su solicitud", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_one_can_apply_to_a_draft_posting()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var draft = await coalition.PostingAsync(org, status: PostingStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(ApplyUrl(coalition, draft))).StatusCode);
    }

    internal static string ApplyUrl(TestCoalition coalition, Posting posting) => $"/Jobs/{coalition.Slug}/{posting.PublicCode}/Apply";

    internal static Dictionary<string, string> Fields(string key) => new()
    {
        ["Input.Key"] = key,
        ["Input.Name"] = "Graciela Ortiz",
        ["Input.Email"] = "graciela@example.org",
        ["Input.Phone"] = "(559) 555-0134",
        ["Input.HeardFrom"] = "CommunityBoard",
        ["Input.HeardFromDetail"] = "Laundromat on Tulare Street",
        ["Input.Languages"] = "es",
        ["Input.Availability"] = "Weekdays after 9",
    };

    internal static async Task<string> KeyAsync(HttpClient client, string url)
    {
        var html = await client.TextAsync(url);
        var match = KeyField().Match(html);
        Assert.True(match.Success, "The application form has no key.");
        return match.Groups[1].Value;
    }

    private async Task<(TestCoalition Coalition, Posting Posting)> OpenPostingAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        return (coalition, await coalition.PostingAsync(org));
    }

    private static byte[] Zip(string entry)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<w:document/>");
        }

        return memory.ToArray();
    }

    [GeneratedRegex("/Jobs/Status/[A-Za-z0-9_-]+")]
    private static partial Regex StatusLink();

    [GeneratedRegex("name=\"Input.Key\" value=\"([^\"]+)\"")]
    private static partial Regex KeyField();
}

public sealed class ApplyRateLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task More_than_ten_sends_an_hour_from_one_address_are_refused()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"));
        var client = app.Browser();
        var url = ApplyTests.ApplyUrl(coalition, posting);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 11; i++)
        {
            var fields = ApplyTests.Fields(await ApplyTests.KeyAsync(client, url));
            fields["Input.Name"] = $"Bulk sender {i}";
            statuses.Add((await client.PostFormAsync(url, fields)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(10, await coalition.DbAsync(db => db.Set<JobApplication>().CountAsync()));
    }
}
