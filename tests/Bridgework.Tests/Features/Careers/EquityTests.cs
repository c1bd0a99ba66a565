using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Careers.Equity;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

public sealed class EquityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Groups_of_fewer_than_five_people_are_suppressed_and_the_report_says_so()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var (_, one, _) = await coalition.AddLadderAsync();
        var org = await coalition.AddOrganizationAsync();
        for (var i = 0; i < 12; i++)
        {
            var person = await coalition.AddStaffAsync(org, "Person", $"Number{i:00}");
            await coalition.PlaceAsync(person, one, 24.00m + i, new DateOnly(2025, 1, 6));
            if (i < 10)
            {
                var gender = i < 7 ? GenderGroup.Woman : GenderGroup.Man;
                await coalition.DbAsync(async db =>
                {
                    db.Add(new SelfIdentification { StaffMemberId = person, Gender = gender, UpdatedAt = DateTime.UtcNow });
                    return await db.SaveChangesAsync();
                });
            }
        }

        var client = await (await coalition.AdminAsync()).SignInAsync();

        var page = await client.TextAsync("/Careers/Equity?dimension=Gender");
        var csv = await client.GetAsync("/Careers/Equity?handler=Download&dimension=Gender&format=csv");
        var text = await csv.Content.ReadAsStringAsync();

        Assert.Contains("12 people", page);
        Assert.True(Regex.Count(page, "Fewer than 5 people: not shown") >= 2);
        Assert.Matches("Woman</td>\\s*<td data-label=\"People\" class=\"text-lg-end\">7</td>", page);
        Assert.DoesNotMatch("Man</td>\\s*<td data-label=\"People\" class=\"text-lg-end\">3</td>", page);
        Assert.Matches("<strong>Community Health Worker I</strong>(?:(?!</table>).)*<th scope=\"row\" class=\"fw-normal\">Woman</th>\\s*<td class=\"text-end\">7</td>", page.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("Woman,7,", text);
        Assert.Contains("Man,Fewer than 5 people: not shown", text);
        Assert.Contains("Not answered,Fewer than 5 people: not shown", text);
    }

    [Fact]
    public void When_only_one_group_is_small_the_next_smallest_is_hidden_too_and_gaps_are_against_everyone_and_the_level()
    {
        var level1 = Guid.NewGuid();
        var level2 = Guid.NewGuid();
        var people = new List<PayEquityReport.Person>();
        people.AddRange(Enumerable.Range(0, 6).Select(_ => new PayEquityReport.Person(level1, "CHW I", CareerFamily.CommunityHealthWorker, 1, 20m, 1m, "Woman")));
        people.AddRange(Enumerable.Range(0, 5).Select(_ => new PayEquityReport.Person(level2, "CHW II", CareerFamily.CommunityHealthWorker, 2, 30m, 1m, "Man")));
        people.AddRange(Enumerable.Range(0, 9).Select(_ => new PayEquityReport.Person(level2, "CHW II", CareerFamily.CommunityHealthWorker, 2, 30m, 1m, "Prefer not to say")));
        people.Add(new PayEquityReport.Person(level1, "CHW I", CareerFamily.CommunityHealthWorker, 1, 23m, 1m, "Non-binary"));

        var result = PayEquityReport.Compute(EquityDimension.Gender, people);
        var byName = result.Groups.ToDictionary(g => g.Name);

        Assert.True(byName["Non-binary"].Suppressed);
        Assert.True(byName["Man"].Suppressed);
        Assert.False(byName["Woman"].Suppressed);
        Assert.False(byName["Prefer not to say"].Suppressed);
        Assert.Equal(20m - (((6 * 20m) + (14 * 30m) + 23m) / 21m), byName["Woman"].RawGap, 10);
        Assert.Equal(20m - (((6 * 20m) + 23m) / 7m), byName["Woman"].GapWithinLevel, 10);
        Assert.All(result.Cells.Where(c => c.Count < PayEquityReport.MinimumGroup), c => Assert.True(c.Suppressed));
    }

    [Fact]
    public async Task A_worker_answers_for_themselves_and_the_report_is_for_coalition_admins_only()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var user = await coalition.UserAsync(CoalitionRole.Worker);
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz", s => s.UserId = user.Id);
        var client = await user.SignInAsync();

        var form = await client.TextAsync("/Careers/Me/SelfIdentification");
        var saved = await client.PostFormAsync("/Careers/Me/SelfIdentification", new()
        {
            ["Gender"] = "Woman", ["RaceEthnicity"] = "HispanicOrLatino", ["PrimaryLanguage"] = "Spanish", ["LivedExperience"] = "PreferNotToSay",
        });
        var mine = await coalition.DbAsync(db => db.Set<SelfIdentification>().SingleAsync(s => s.StaffMemberId == ana));
        var audit = await coalition.DbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == nameof(SelfIdentification)));

        Assert.Contains("Prefer not to say", form);
        Assert.Contains("A group with fewer than five people is never shown.", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(GenderGroup.Woman, mine.Gender);
        Assert.Equal(LanguageGroup.Spanish, mine.PrimaryLanguage);
        Assert.DoesNotContain("Woman", audit.Changes);
        Assert.Contains("/Errors/403", (await client.GetAsync("/Careers/Equity")).Headers.Location?.ToString());
    }
}
