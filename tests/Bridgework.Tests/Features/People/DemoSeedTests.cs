using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.People;

/// <summary>The demo network's people, seeded once into this class's own database.</summary>
public sealed class DemoSeedTests(DemoSeedTests.SeededApp seeded) : IClassFixture<DemoSeedTests.SeededApp>
{
    private static readonly JobFamily[] WorkerFamilies =
        [JobFamily.CommunityHealthWorker, JobFamily.Promotora, JobFamily.CommunityHealthRepresentative, JobFamily.PeerSupportSpecialist];

    private AppFactory App => seeded.App;

    [Fact]
    public async Task Each_of_the_three_coalitions_has_organizations_of_every_kind_with_sites_and_teams()
    {
        var coalitions = await seeded.CoalitionIdsAsync();
        Assert.Equal(3, coalitions.Count);

        foreach (var id in coalitions)
        {
            var organizations = await App.DbAsync(id, db => db.Set<Organization>().Include(o => o.Sites).ToListAsync());
            var teams = await App.DbAsync(id, db => db.Set<Team>().Include(t => t.Members).ToListAsync());

            Assert.InRange(organizations.Count, 5, 7);
            Assert.Equal(Enum.GetValues<OrganizationKind>().Order(), organizations.Select(o => o.Kind).Distinct().Order());
            Assert.All(organizations, o =>
            {
                Assert.InRange(o.Sites.Count, 1, 3);
                Assert.All(o.Sites, s => Assert.Matches(@"^\d{5}$", s.PostalCode!));
                Assert.Matches(@"^\(\d{3}\) 555-01\d\d$", o.Phone!);
            });
            Assert.InRange(teams.Count, 2, 3);
            Assert.All(teams, t =>
            {
                Assert.NotNull(t.SupervisorId);
                Assert.NotEmpty(t.Members);
            });
        }
    }

    [Fact]
    public async Task Each_coalition_has_two_or_three_supervisors_and_twenty_to_forty_workers_with_the_full_range_of_records()
    {
        foreach (var id in await seeded.CoalitionIdsAsync())
        {
            var staff = await App.DbAsync(id, db => db.Set<StaffMember>().Include(s => s.Languages).ToListAsync());
            var workers = staff.Where(s => WorkerFamilies.Contains(s.JobFamily)).ToList();
            var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

            Assert.InRange(staff.Count(s => s.JobFamily == JobFamily.Supervisor), 2, 3);
            Assert.InRange(workers.Count, 20, 40);
            Assert.True(workers.Select(w => w.JobFamily).Distinct().Count() >= 2);

            var separated = workers.Where(w => w.Status == EmploymentStatus.Separated).ToList();
            Assert.InRange(separated.Count, 2, 5);
            Assert.All(separated, s =>
            {
                Assert.NotNull(s.SeparationDate);
                Assert.False(string.IsNullOrWhiteSpace(s.SeparationReason));
                Assert.True(s.SeparationDate > s.HireDate && s.SeparationDate <= today);
            });
            Assert.Contains(workers, w => w.Status == EmploymentStatus.OnLeave);

            var active = workers.Where(w => w.Status != EmploymentStatus.Separated).ToList();
            Assert.InRange(active.Count(w => w.SupervisorId is null), 2, 5);
            Assert.True(active.Count(w => w.SupervisorId is not null) > active.Count / 2);
            Assert.Contains(active, w => w.Phone is null);
            Assert.Contains(active, w => w.HireDate is null);

            var hired = workers.Where(w => w.HireDate is not null).Select(w => w.HireDate!.Value).ToList();
            Assert.All(hired, d => Assert.InRange(d, today.AddYears(-8), today));
            Assert.True(hired.Max().DayNumber - hired.Min().DayNumber > 4 * 365);
            Assert.Contains(workers, w => w.Fte < 1m);

            Assert.All(staff, s => Assert.NotEmpty(s.Languages));
            Assert.All(staff.SelectMany(s => s.Languages), l => Assert.True(Languages.IsKnown(l.Language), l.Language));
            Assert.Contains(staff, s => s.Languages.Any(l => l.Language == "es"));
            Assert.Contains(staff, s => s.Languages.Any(l => l.Language is not ("en" or "es")));
            Assert.Contains(staff, s => s.Languages.Any(l => l.Proficiency != LanguageProficiency.Native));
            Assert.Equal(staff.Count, staff.Select(s => s.LegalFirstName + " " + s.LegalLastName).Distinct().Count());
        }
    }

    [Fact]
    public async Task The_demo_sign_ins_of_the_first_coalition_are_linked_to_their_staff_records()
    {
        var first = (await seeded.CoalitionIdsAsync())[0];
        var users = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.ToDictionaryAsync(u => u.Email!, u => u.Id));

        var people = await App.DbAsync(first, db => db.Set<StaffMember>().Include(s => s.LivedExperience).Where(s => s.UserId != null).ToListAsync());
        var teams = await App.DbAsync(first, db => db.Set<Team>().Include(t => t.Members).ToListAsync());

        var supervisor = Assert.Single(people, p => p.UserId == users["supervisor@demo.test"]);
        var worker = Assert.Single(people, p => p.UserId == users["worker@demo.test"]);
        var clinician = Assert.Single(people, p => p.UserId == users["clinician@demo.test"]);

        Assert.Equal(JobFamily.Supervisor, supervisor.JobFamily);
        Assert.Contains(worker.JobFamily, new[] { JobFamily.CommunityHealthWorker, JobFamily.Promotora });
        Assert.InRange(worker.LivedExperience.Count, 2, 4);
        Assert.Equal(supervisor.Id, worker.SupervisorId);
        Assert.Contains(teams, t => t.SupervisorId == supervisor.Id && t.Members.Any(m => m.StaffMemberId == worker.Id));
        Assert.Equal(JobFamily.ClinicalTeamMember, clinician.JobFamily);
        Assert.Contains(teams, t => t.Members.Any(m => m.StaffMemberId == clinician.Id));
    }

    [Fact]
    public async Task The_demo_supervisor_signs_in_and_sees_only_their_own_team()
    {
        var first = (await seeded.CoalitionIdsAsync())[0];
        var teams = await App.DbAsync(first, db => db.Set<Team>().OrderBy(t => t.Name).ToListAsync());
        var client = await new TestUser(App, Guid.Empty, "supervisor@demo.test", DemoContext.Password).SignInAsync();

        var list = await client.TextAsync("/People/Teams");

        Assert.Contains("Central Fresno ECM Care Team", list);
        Assert.Contains("Lupe Herrera", await client.TextAsync("/People/Teams/" + teams.Single(t => t.Name == "Central Fresno ECM Care Team").Id));
        foreach (var other in teams.Where(t => t.Name != "Central Fresno ECM Care Team"))
        {
            Assert.DoesNotContain(other.Name, list);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/Teams/{other.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task Every_fresh_demo_database_gets_the_same_people()
    {
        using var again = new SeededApp();

        var here = await seeded.RosterAsync();
        var there = await again.RosterAsync();

        Assert.Equal(here, there);
    }

    /// <summary>A fresh app whose database holds the demo network, seeded the way the first start does it.</summary>
    public sealed class SeededApp : IDisposable
    {
        private readonly Lazy<Task> _seeded;

        public SeededApp()
        {
            _seeded = new Lazy<Task>(() => App.InScopeAsync(sp => sp.GetRequiredService<DemoSeeding>().SeedAsync(CancellationToken.None)));
        }

        public AppFactory App { get; } = new();

        public async Task<IReadOnlyList<Guid>> CoalitionIdsAsync()
        {
            await _seeded.Value;
            var slugs = DemoSeeding.DemoCoalitions.Select(c => c.Slug).ToList();
            var coalitions = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Coalitions
                .Where(c => slugs.Contains(c.Slug)).Select(c => new { c.Id, c.Slug }).ToListAsync());
            return slugs.Select(s => coalitions.Single(c => c.Slug == s).Id).ToList();
        }

        /// <summary>Every coalition's people as text: names, jobs, dates, status, languages.</summary>
        public async Task<string> RosterAsync()
        {
            var lines = new List<string>();
            foreach (var id in await CoalitionIdsAsync())
            {
                lines.AddRange(await App.DbAsync(id, db => db.Set<StaffMember>()
                    .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
                    .Select(s => $"{s.LegalFirstName} {s.LegalLastName} {s.JobTitle} {s.HireDate} {s.Status} {s.Phone} {s.Languages.Count}")
                    .ToListAsync()));
            }

            return string.Join("\n", lines);
        }

        public void Dispose() => App.Dispose();
    }
}
