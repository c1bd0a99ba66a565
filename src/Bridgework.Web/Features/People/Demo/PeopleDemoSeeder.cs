using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.People.Demo;

/// <summary>
/// The People share of the demo network: for each demo coalition its organizations and sites, teams
/// with their supervisors, and a workforce of CHWs, promotoras, community health representatives and
/// peers, with a few people on leave, a few separated, a few without a supervisor and a few with
/// gaps in their profile, so that every list and home card has something true to show.
/// </summary>
internal sealed class PeopleDemoSeeder(AppDbContext db, ITenantContext tenant) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var coalitions = Math.Min(demo.CoalitionIds.Count, PeopleDemoData.Regions.Count);
        for (var i = 0; i < coalitions; i++)
        {
            using (tenant.Enter(demo.CoalitionIds[i]))
            {
                var roster = DemoRoster.Build(PeopleDemoData.Regions[i], demo);
                db.AddRange(roster.Organizations);
                db.AddRange(roster.Staff);
                db.AddRange(roster.Teams);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>One coalition's people, built in memory in a fixed order from the seeded random numbers.</summary>
internal sealed class DemoRoster
{
    private static readonly decimal[] Ftes = [1m, 1m, 1m, 1m, 1m, 1m, 1m, 0.8m, 0.75m, 0.6m, 0.5m];

    private static readonly LivedExperienceArea[] PeerAreas =
        [LivedExperienceArea.MentalHealth, LivedExperienceArea.SubstanceUse, LivedExperienceArea.Homelessness, LivedExperienceArea.JusticeInvolvement];

    private static readonly LivedExperienceArea[] OtherAreas =
    [
        LivedExperienceArea.Immigration, LivedExperienceArea.Caregiving, LivedExperienceArea.ChronicIllness, LivedExperienceArea.Veteran,
        LivedExperienceArea.FosterCare, LivedExperienceArea.Lgbtq, LivedExperienceArea.DomesticViolence, LivedExperienceArea.Disability,
    ];

    private readonly Region _region;
    private readonly DemoContext _demo;
    private readonly Random _random;
    private readonly HashSet<string> _names = [];
    private readonly HashSet<string> _firstNames = [];
    private readonly HashSet<string> _lastNames = [];
    private readonly HashSet<string> _emails = [];
    private readonly Dictionary<string, Queue<int>> _phones = [];

    private DemoRoster(Region region, DemoContext demo)
    {
        _region = region;
        _demo = demo;
        _random = demo.Random;
    }

    public List<Organization> Organizations { get; } = [];

    public List<StaffMember> Staff { get; } = [];

    public List<Team> Teams { get; } = [];

    public static DemoRoster Build(Region region, DemoContext demo)
    {
        var roster = new DemoRoster(region, demo);
        roster.Build();
        return roster;
    }

    private void Build()
    {
        foreach (var seed in _region.Organizations)
        {
            Organizations.Add(MakeOrganization(seed));
        }

        var manager = FromSeed(_region.Manager, 0, supervisorId: null);

        // Generated team workers, in the order made, for choosing who is on leave, separated or incomplete.
        var teamWorkers = new List<(StaffMember Person, Team Team)>();
        foreach (var seed in _region.Teams)
        {
            var supervisor = FromSeed(seed.Supervisor, seed.Organization, manager.Id);
            var team = new Team
            {
                Name = seed.Name,
                Description = seed.Description,
                OrganizationId = Organizations[seed.Organization].Id,
                SupervisorId = supervisor.Id,
            };
            Teams.Add(team);

            foreach (var named in seed.Named)
            {
                // Clinicians answer to the program manager; workers to the team's supervisor.
                var person = FromSeed(named, seed.Organization, named.Family == JobFamily.ClinicalTeamMember ? manager.Id : supervisor.Id);
                team.Members.Add(new TeamMember { TeamId = team.Id, StaffMemberId = person.Id });
            }

            foreach (var (family, count) in seed.Workers)
            {
                for (var n = 0; n < count; n++)
                {
                    var organization = DemoNames.Pick(_random, seed.WorkerOrganizations);
                    var person = Generate(family, organization, supervisor.Id, seed.PeersShare);
                    team.Members.Add(new TeamMember { TeamId = team.Id, StaffMemberId = person.Id });
                    teamWorkers.Add((person, team));
                }
            }
        }

        // New hires not yet placed with a supervisor or team: what the home card "no supervisor" is for.
        foreach (var (organization, family) in _region.Unassigned)
        {
            Generate(family, organization, supervisorId: null, shared: null, daysOfService: _random.Next(10, 75));
        }

        Shuffle(teamWorkers);
        foreach (var (person, team) in Take(teamWorkers, 3, p => p.HireDate <= _demo.Today.AddDays(-400)))
        {
            Separate(person);
            team.Members.RemoveAll(m => m.StaffMemberId == person.Id);
        }

        foreach (var (person, _) in Take(teamWorkers, 2, _ => true))
        {
            person.Status = EmploymentStatus.OnLeave;
        }

        foreach (var (person, _) in Take(teamWorkers, 3, _ => true))
        {
            person.Phone = null;
        }

        // Hired recently enough that the paperwork is still on its way.
        foreach (var (person, _) in Take(teamWorkers, 2, p => p.HireDate >= _demo.Today.AddYears(-1)))
        {
            person.HireDate = null;
        }
    }

    /// <summary>Removes and returns the first <paramref name="count"/> people who fit, so nobody is picked twice.</summary>
    private static List<(StaffMember Person, Team Team)> Take(List<(StaffMember Person, Team Team)> people, int count, Func<StaffMember, bool> fits)
    {
        var taken = people.Where(p => fits(p.Person)).Take(count).ToList();
        people.RemoveAll(taken.Contains);
        return taken;
    }

    private Organization MakeOrganization(OrganizationSeed seed)
    {
        var main = seed.Sites[0];
        var organization = new Organization
        {
            Name = seed.Name,
            Kind = seed.Kind,
            AddressLine = main.Address,
            City = main.City,
            County = main.County,
            PostalCode = main.PostalCode,
            Phone = NextPhone(seed.AreaCode),
            Website = $"https://www.{seed.Domain}.example",
        };
        foreach (var site in seed.Sites)
        {
            organization.Sites.Add(new Site
            {
                OrganizationId = organization.Id,
                Name = site.Name,
                AddressLine = site.Address,
                City = site.City,
                County = site.County,
                PostalCode = site.PostalCode,
            });
        }

        return organization;
    }

    private StaffMember FromSeed(PersonSeed seed, int organization, Guid? supervisorId)
    {
        _names.Add(seed.First + " " + seed.Last);
        _firstNames.Add(seed.First);
        _lastNames.Add(seed.Last);
        var userId = seed.DemoEmail is not null && _demo.Users.TryGetValue(seed.DemoEmail, out var id) ? id : (Guid?)null;
        var person = NewPerson(seed.First, seed.Last, seed.Preferred, seed.Pronouns, seed.Family, seed.Title, organization, supervisorId);
        person.HireDate = _demo.Today.AddYears(-seed.YearsOfService).AddDays(-_random.Next(0, 300));
        person.UserId = userId;
        if (userId is not null)
        {
            person.Email = seed.DemoEmail;
        }

        foreach (var language in seed.Languages)
        {
            var parts = language.Split(':');
            person.Languages.Add(new StaffLanguage { StaffMemberId = person.Id, Language = parts[0], Proficiency = Enum.Parse<LanguageProficiency>(parts[1]) });
        }

        foreach (var area in seed.Lived ?? [])
        {
            person.LivedExperience.Add(new LivedExperience { StaffMemberId = person.Id, Area = area });
        }

        return person;
    }

    private StaffMember Generate(JobFamily family, int organization, Guid? supervisorId, LivedExperienceArea? shared, int? daysOfService = null)
    {
        var heritage = family switch
        {
            JobFamily.Promotora => Heritage.Latino,
            JobFamily.CommunityHealthRepresentative when _random.NextDouble() < 0.9 => Heritage.Native,
            _ => DemoNames.PickHeritage(_random, _region.Heritage),
        };

        DemoNames.Person made;
        var tries = 0;
        do
        {
            made = DemoNames.Make(_random, heritage, _region.IndigenousMexicanShare);
            tries++;
        }
        // A roster reads as real people when first names repeat rarely and full names never.
        while (((_firstNames.Contains(made.First) || _lastNames.Contains(made.Last)) && tries < 12) || _names.Contains(made.First + " " + made.Last));

        _names.Add(made.First + " " + made.Last);
        _firstNames.Add(made.First);
        _lastNames.Add(made.Last);
        var days = daysOfService ?? _random.Next(40, 8 * 365);
        var years = days / 365;
        var person = NewPerson(made.First, made.Last, made.Preferred, made.Pronouns, family, Title(family, made.Woman, years), organization, supervisorId);
        person.HireDate = _demo.Today.AddDays(-days);
        person.Fte = DemoNames.Pick(_random, Ftes);
        foreach (var (code, level) in made.Languages)
        {
            person.Languages.Add(new StaffLanguage { StaffMemberId = person.Id, Language = code, Proficiency = level });
        }

        foreach (var area in LivedExperienceFor(family, shared))
        {
            person.LivedExperience.Add(new LivedExperience { StaffMemberId = person.Id, Area = area });
        }

        return person;
    }

    private StaffMember NewPerson(string first, string last, string? preferred, string? pronouns, JobFamily family, string title, int organization, Guid? supervisorId)
    {
        var seed = _region.Organizations[organization];
        var org = Organizations[organization];
        var person = new StaffMember
        {
            LegalFirstName = first,
            LegalLastName = last,
            PreferredName = preferred,
            Pronouns = pronouns,
            JobFamily = family,
            JobTitle = title,
            OrganizationId = org.Id,
            SiteId = DemoNames.Pick(_random, org.Sites).Id,
            SupervisorId = supervisorId,
            Status = EmploymentStatus.Active,
            Email = Email(first, last, seed.Domain),
            Phone = NextPhone(seed.AreaCode),
        };
        Staff.Add(person);
        return person;
    }

    private void Separate(StaffMember person)
    {
        // The separation falls at least four months after hire and no later than last week.
        var hired = person.HireDate!.Value;
        var span = _demo.Today.DayNumber - hired.DayNumber - 120 - 7;
        person.Status = EmploymentStatus.Separated;
        person.SeparationDate = hired.AddDays(120 + _random.Next(Math.Max(1, span)));
        person.SeparationReason = DemoNames.Pick(_random, PeopleDemoData.SeparationReasons);
    }

    private HashSet<LivedExperienceArea> LivedExperienceFor(JobFamily family, LivedExperienceArea? shared)
    {
        var areas = new HashSet<LivedExperienceArea>();
        if (family == JobFamily.PeerSupportSpecialist)
        {
            if (shared is { } s)
            {
                areas.Add(s);
            }

            // One or two areas of their own, besides any the whole team shares.
            var wanted = areas.Count + 1 + _random.Next(2);
            while (areas.Count < wanted)
            {
                areas.Add(DemoNames.Pick(_random, PeerAreas));
            }
        }
        else if (_random.NextDouble() < 0.25)
        {
            areas.Add(DemoNames.Pick(_random, OtherAreas));
        }

        return areas;
    }

    private static string Title(JobFamily family, bool woman, int years) => family switch
    {
        JobFamily.CommunityHealthWorker => years < 2 ? "Community Health Worker I" : years < 5 ? "Community Health Worker II" : "Senior Community Health Worker",
        JobFamily.Promotora => (woman, years >= 5) switch
        {
            (true, true) => "Promotora Líder",
            (true, false) => "Promotora de Salud",
            (false, true) => "Promotor Líder",
            (false, false) => "Promotor de Salud",
        },
        JobFamily.CommunityHealthRepresentative => years < 5 ? "Community Health Representative" : "Senior Community Health Representative",
        JobFamily.PeerSupportSpecialist => years < 2 ? "Peer Support Specialist" : years < 5 ? "Certified Peer Support Specialist" : "Senior Peer Support Specialist",
        _ => "Staff",
    };

    private string Email(string first, string last, string domain)
    {
        var local = Ascii(first) + "." + Ascii(last);
        var email = $"{local}@{domain}.example";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = $"{local}{n}@{domain}.example";
        }

        return email;
    }

    private static string Ascii(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetter(c))
            .Select(char.ToLowerInvariant)
            .ToArray());

    /// <summary>Numbers from 555-0100 to 555-0199, the range set aside for fiction, each used once per area code.</summary>
    private string NextPhone(string areaCode)
    {
        if (!_phones.TryGetValue(areaCode, out var free))
        {
            var numbers = Enumerable.Range(0, 100).ToList();
            Shuffle(numbers);
            _phones[areaCode] = free = new Queue<int>(numbers);
        }

        return $"({areaCode}) 555-01{free.Dequeue():00}";
    }

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
