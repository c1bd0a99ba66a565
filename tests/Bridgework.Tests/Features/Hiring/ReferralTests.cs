using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

public sealed partial class ReferralTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_candidate_who_opens_a_workers_referral_link_is_credited_to_that_worker()
    {
        var (coalition, posting, org) = await OpenPostingAsync();
        var (worker, staffId) = await StaffUserAsync(coalition, org, "Lupe", "Herrera");
        var mine = await (await worker.SignInAsync()).TextAsync("/Hiring/Referrals/Mine");
        var code = RefCode().Match(mine).Groups[1].Value;
        var candidate = app.Browser();

        var board = await candidate.TextAsync($"/Jobs/{coalition.Slug}?ref={code}");
        var page = await candidate.TextAsync($"/Jobs/{coalition.Slug}/{posting.PublicCode}?ref={code}");
        var applyUrl = $"/Jobs/{coalition.Slug}/{posting.PublicCode}/Apply?ref={code}";
        var form = await candidate.TextAsync(applyUrl);
        var fields = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, applyUrl));
        fields["Input.HeardFrom"] = "";
        fields["Input.ReferralCode"] = code;
        var sent = await candidate.PostFormAsync(applyUrl, fields);

        Assert.Matches("^[a-z2-9]{8}$", code);
        Assert.Contains($"/Jobs/{coalition.Slug}?ref={code}", mine);
        Assert.Contains("<svg class=\"qr-code\"", mine);
        Assert.Contains($"/Jobs/{coalition.Slug}/{posting.PublicCode}?ref={code}", board);
        Assert.Contains($"/Apply?ref={code}", page);
        Assert.Contains($"value=\"{code}\"", form);
        Assert.Contains("Thank you. We received your application.", await sent.Content.ReadAsStringAsync());
        var stored = await coalition.DbAsync(db => db.Set<JobApplication>().SingleAsync());
        Assert.Equal(staffId, stored.ReferrerStaffId);
        Assert.Equal(HeardFrom.StaffReferral, stored.HeardFrom);
    }

    [Fact]
    public async Task A_code_typed_on_the_form_credits_the_referrer_and_a_made_up_code_is_ignored_without_a_word()
    {
        var (coalition, posting, org) = await OpenPostingAsync();
        var (worker, staffId) = await StaffUserAsync(coalition, org, "Lupe", "Herrera");
        var code = RefCode().Match(await (await worker.SignInAsync()).TextAsync("/Hiring/Referrals/Mine")).Groups[1].Value;
        var candidate = app.Browser();
        var url = ApplyTests.ApplyUrl(coalition, posting);

        var typed = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url));
        typed["Input.ReferralCode"] = " " + code.ToUpperInvariant()[..4] + "-" + code.ToUpperInvariant()[4..] + " ";
        typed["Input.Name"] = "Typed Code";
        await candidate.PostFormAsync(url, typed);
        var madeUp = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url));
        madeUp["Input.ReferralCode"] = "zzzzzzzz";
        madeUp["Input.Name"] = "Made Up";
        var response = await candidate.PostFormAsync(url, madeUp);

        Assert.Contains("Thank you. We received your application.", await response.Content.ReadAsStringAsync());
        var stored = await coalition.DbAsync(db => db.Set<JobApplication>().OrderBy(a => a.Name).Select(a => new { a.Name, a.ReferrerStaffId, a.HeardFrom }).ToListAsync());
        Assert.Equal(("Made Up", (Guid?)null, HeardFrom.CommunityBoard), (stored[0].Name, stored[0].ReferrerStaffId, stored[0].HeardFrom));
        Assert.Equal(("Typed Code", (Guid?)staffId, HeardFrom.StaffReferral), (stored[1].Name, stored[1].ReferrerStaffId, stored[1].HeardFrom));
    }

    [Fact]
    public async Task A_referrer_sees_the_job_date_and_where_it_stands_but_nothing_the_candidate_wrote()
    {
        var (coalition, posting, org) = await OpenPostingAsync();
        var (worker, staffId) = await StaffUserAsync(coalition, org, "Lupe", "Herrera");
        var client = await worker.SignInAsync();
        var code = RefCode().Match(await client.TextAsync("/Hiring/Referrals/Mine")).Groups[1].Value;
        await ApplyAsync(coalition, posting, code, "Graciela Ortiz");
        await ApplyAsync(coalition, posting, code, "Tomás Reyes");
        var notSelected = await coalition.DbAsync(db => db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.NotSelected).Select(p => p.Id).SingleAsync());
        await coalition.DbAsync(async db =>
        {
            var tomas = await db.Set<JobApplication>().SingleAsync(a => a.Name == "Tomás Reyes");
            tomas.PhaseId = notSelected;
            return await db.SaveChangesAsync();
        });

        var mine = await client.TextAsync("/Hiring/Referrals/Mine");
        var home = await client.TextAsync("/");

        Assert.Contains("Community health worker", mine);
        Assert.Contains("In process", mine);
        Assert.Contains("Not moving forward", mine);
        Assert.DoesNotContain("Graciela", mine);
        Assert.DoesNotContain("Tomás", mine);
        Assert.DoesNotContain("graciela@example.org", mine);
        Assert.DoesNotContain("555-0134", mine);
        Assert.DoesNotContain("Weekdays after 9", mine);
        Assert.DoesNotContain("Laundromat", mine);
        Assert.Contains("Your referrals", home);
        OrganizationsTestData.AssertRefused(await client.GetAsync($"/Hiring/Pipeline/{posting.Id}"));
    }

    [Fact]
    public async Task Nobody_sees_another_referrers_list_and_no_card_shows_until_someone_was_referred()
    {
        var (coalition, posting, org) = await OpenPostingAsync();
        var (lupe, _) = await StaffUserAsync(coalition, org, "Lupe", "Herrera");
        var (marcus, _) = await StaffUserAsync(coalition, org, "Marcus", "Bell", CoalitionRole.Supervisor);
        var lupeClient = await lupe.SignInAsync();
        var marcusClient = await marcus.SignInAsync();
        var lupeCode = RefCode().Match(await lupeClient.TextAsync("/Hiring/Referrals/Mine")).Groups[1].Value;
        var marcusPage = await marcusClient.TextAsync("/Hiring/Referrals/Mine");
        await ApplyAsync(coalition, posting, lupeCode, "Graciela Ortiz");

        var marcusAfter = await marcusClient.TextAsync("/Hiring/Referrals/Mine");

        Assert.DoesNotContain(lupeCode, marcusPage);
        Assert.Contains("No one has applied with your link or code yet.", marcusAfter);
        Assert.DoesNotContain("In process", marcusAfter);
        Assert.DoesNotContain("Your referrals", await marcusClient.TextAsync("/"));
        Assert.Contains("In process", await lupeClient.TextAsync("/Hiring/Referrals/Mine"));
    }

    [Fact]
    public async Task Another_coalitions_referral_code_credits_nobody()
    {
        var (coalition, posting, _) = await OpenPostingAsync();
        var other = await TestCoalition.CreateAsync(app);
        var (outsider, _) = await StaffUserAsync(other, await other.OrganizationAsync("North Coast Clinic"), "Owen", "Whitfield");
        var code = RefCode().Match(await (await outsider.SignInAsync()).TextAsync("/Hiring/Referrals/Mine")).Groups[1].Value;

        await ApplyAsync(coalition, posting, code, "Graciela Ortiz");

        Assert.Null(await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.ReferrerStaffId).SingleAsync()));
    }

    [Fact]
    public async Task A_signed_in_person_without_a_staff_record_is_told_to_ask_for_one()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var page = await client.TextAsync("/Hiring/Referrals/Mine");

        Assert.Contains("Your account is not linked to a staff record yet.", page);
    }

    internal async Task ApplyAsync(TestCoalition coalition, Posting posting, string code, string name)
    {
        var candidate = app.Browser();
        var url = $"/Jobs/{coalition.Slug}/{posting.PublicCode}/Apply?ref={code}";
        var fields = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url));
        fields["Input.Name"] = name;
        fields["Input.ReferralCode"] = code;
        var response = await candidate.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static async Task<(TestUser User, Guid StaffId)> StaffUserAsync(
        TestCoalition coalition, Guid org, string first, string last, CoalitionRole role = CoalitionRole.Worker)
    {
        var user = await coalition.UserAsync(role, $"{first} {last}");
        var staffId = await coalition.StaffAsync(org, first, last, userId: user.Id);
        return (user, staffId);
    }

    private async Task<(TestCoalition Coalition, Posting Posting, Guid Org)> OpenPostingAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        return (coalition, await coalition.PostingAsync(org), org);
    }

    [GeneratedRegex(@"\?ref=([a-z2-9]{8})")]
    internal static partial Regex RefCode();
}

public sealed class CoalitionBoardTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_coalitions_board_lists_only_its_own_postings_while_others_are_open_too()
    {
        var mine = await TestCoalition.CreateAsync(app);
        var theirs = await TestCoalition.CreateAsync(app);
        await mine.PostingAsync(await mine.OrganizationAsync("Valle Central Health System"), title: "Promotora in Huron");
        await theirs.PostingAsync(await theirs.OrganizationAsync("North Coast Clinic"), title: "Peer specialist in Arcata");

        var board = await app.Browser().TextAsync($"/Jobs/{mine.Slug}");

        Assert.Contains("Promotora in Huron", board);
        Assert.DoesNotContain("Peer specialist in Arcata", board);
    }
}
