using System.Net;
using System.Text;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

/// <summary>
/// Four candidates on one posting opened on 2 January: Ana only applied; Beto had a phone screen and was not
/// selected; Carla reached the case study; Dora went through every phase and was hired 20 days after opening,
/// referred by Lupe, and speaks Spanish, which the posting needed.
/// </summary>
public sealed class ReportTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    private static readonly DateTime Opened = new(2026, 1, 2, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_funnel_counts_who_reached_each_phase_from_the_history_and_the_conversion_from_the_phase_before()
    {
        var (coalition, postingId) = await KnownDatasetAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var csv = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=funnel");

        Assert.Equal(
            [
                "Phase,Reached,From the phase before,From applied",
                "Applied,4,,1",
                "Phone screen,3,0.75,0.75",
                "Case study,2,0.6667,0.5",
                "Field shadowing,1,0.5,0.25",
                "Panel interview,1,1,0.25",
                "Conditional offer,1,1,0.25",
                "Hired,1,1,0.25",
            ],
            csv);
        var page = await client.TextAsync($"/Hiring/Reports?posting={postingId}");
        Assert.Contains("67%", page);
        Assert.Contains("data-chart=", page);
    }

    [Fact]
    public async Task Sources_time_to_fill_referrers_and_languages_are_counted_per_channel_and_downloadable()
    {
        var (coalition, postingId) = await KnownDatasetAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var channels = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=channels");
        var postings = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=postings");
        var referrers = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=referrers");
        var languages = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=languages");
        var page = await client.TextAsync("/Hiring/Reports");

        Assert.Contains("A community board,2,0,0", channels);
        Assert.Contains("A local business,1,0,0", channels);
        Assert.Contains("Someone who works here,1,1,1", channels);
        Assert.Contains("Community health worker,2026-01-02,2,4,1,20", postings);
        Assert.Equal(["Referrer,Referred,In process,Hired,Not moving forward", "Lupe Herrera,2,0,1,1"], referrers);
        Assert.Equal("Spanish,1,1,1", Assert.Single(languages.Skip(1)));
        Assert.Contains("Median days from opening a posting to a hire: 20", page);
    }

    [Fact]
    public async Task The_date_range_counts_only_applications_sent_in_it()
    {
        var (coalition, _) = await KnownDatasetAsync();
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var early = await CsvAsync(client, "/Hiring/Reports?handler=Download&table=funnel&from=2026-01-01&to=2026-01-03");
        var bad = await client.TextAsync("/Hiring/Reports?from=2026-02-01&to=2026-01-01");

        Assert.Equal("Applied,2,,1", early[1]);
        Assert.Contains("The end date is before the start date.", bad);
    }

    [Fact]
    public async Task Reports_are_for_coalition_admins_and_another_coalitions_admin_gets_404_for_a_posting()
    {
        var (coalition, postingId) = await KnownDatasetAsync();
        var supervisor = await (await coalition.UserAsync(CoalitionRole.Supervisor)).SignInAsync();
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        OrganizationsTestData.AssertRefused(await supervisor.GetAsync("/Hiring/Reports"));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Reports?posting={postingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Reports?handler=Download&table=funnel&posting={postingId}")).StatusCode);
        Assert.DoesNotContain("Lupe Herrera", await intruder.TextAsync("/Hiring/Reports"));
    }

    private static async Task<string[]> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    private async Task<(TestCoalition Coalition, Guid PostingId)> KnownDatasetAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var lupe = await coalition.StaffAsync(org, "Lupe", "Herrera");
        var postingId = await coalition.DbAsync(async db =>
        {
            await PipelinePhase.EnsureAsync(db, CancellationToken.None);
            var phases = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).ToListAsync();
            Guid Phase(string name) => phases.Single(p => p.Name == name).Id;
            var posting = new Posting
            {
                Role = HiringRole.CommunityHealthWorker,
                Title = "Community health worker",
                Duties = "Visit clients.",
                ValuedExperience = "Living in the community.",
                LanguagesNeeded = "es",
                OrganizationId = org,
                PayMin = 23.5m,
                PayMax = 29m,
                Openings = 2,
                CreatedAt = Opened.AddDays(-1),
            };
            posting.ChangeStatus(PostingStatus.Open, Opened);
            db.Add(posting);

            void Candidate(string name, HeardFrom heard, string languages, int day, Guid? referrer, params (string To, int Day)[] moves)
            {
                var application = new JobApplication
                {
                    PostingId = posting.Id,
                    IdempotencyKey = Guid.NewGuid(),
                    Name = name,
                    HeardFrom = heard,
                    Languages = languages,
                    Availability = "Weekdays",
                    StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
                    SubmittedAt = Opened.AddDays(day),
                    PhaseId = moves.Length == 0 ? Phase("Applied") : Phase(moves[^1].To),
                    ReferrerStaffId = referrer,
                };
                db.Add(application);
                var from = Phase("Applied");
                foreach (var (to, at) in moves)
                {
                    db.Add(new PhaseMove { ApplicationId = application.Id, FromPhaseId = from, ToPhaseId = Phase(to), MovedBy = "Rosa", MovedAt = Opened.AddDays(at) });
                    from = Phase(to);
                }
            }

            Candidate("Ana", HeardFrom.CommunityBoard, "en", 1, null);
            Candidate("Beto", HeardFrom.CommunityBoard, "en", 1, lupe, ("Phone screen", 4), ("Not selected", 6));
            Candidate("Carla", HeardFrom.LocalBusiness, "en", 3, null, ("Phone screen", 5), ("Case study", 8));
            Candidate("Dora", HeardFrom.StaffReferral, "es", 3, null,
                ("Phone screen", 5), ("Case study", 8), ("Field shadowing", 11), ("Panel interview", 14), ("Conditional offer", 17), ("Hired", 20));
            await db.SaveChangesAsync();
            return posting.Id;
        });
        // Dora came through Lupe's link; Beto was referred by Lupe but said he heard elsewhere.
        await coalition.DbAsync(async db =>
        {
            var dora = await db.Set<JobApplication>().SingleAsync(a => a.Name == "Dora");
            dora.ReferrerStaffId = lupe;
            return await db.SaveChangesAsync();
        });
        return (coalition, postingId);
    }
}
