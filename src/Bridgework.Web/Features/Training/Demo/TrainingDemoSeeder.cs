using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training.Courses;
using Bridgework.Web.Features.Training.Growth;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Demo;

/// <summary>
/// The Training share of the demo network, for every demo coalition: the C3 framework, the default
/// continuing-education requirements, a catalog of courses of every kind, and for the workforce
/// credentials and completion hours chosen so that some people are compliant, some at risk and some lapsed.
/// The demo worker (worker@demo.test) is at risk: two hours this year with weeks left.
/// </summary>
internal sealed class TrainingDemoSeeder(AppDbContext db, ITenantContext tenant) : IDemoSeeder
{
    private static readonly JobFamily[] ChwFamilies = [JobFamily.CommunityHealthWorker, JobFamily.Promotora, JobFamily.CommunityHealthRepresentative];

    public int Order => 40;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                await SeedCoalitionAsync(demo, cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedCoalitionAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var today = demo.Today;
        var framework = TrainingDefaults.NewFramework();
        db.AddRange(framework);
        var requirements = TrainingDefaults.NewRequirements();
        db.AddRange(requirements);
        var chw = requirements[0];
        var peer = requirements[1];

        var courses = new List<Course>();
        foreach (var seed in CourseDefaults.Catalog)
        {
            var (course, builds) = CourseDefaults.New(seed, n => framework[n - 1].Id, r => r == "peer" ? peer.Id : chw.Id, seed.Provider);
            courses.Add(course);
            db.Add(course);
            db.AddRange(builds);
        }

        var workerUser = demo.Users.GetValueOrDefault("worker@demo.test");
        var staff = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Status != EmploymentStatus.Separated
                && (ChwFamilies.Contains(s.JobFamily) || s.JobFamily == JobFamily.PeerSupportSpecialist))
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.JobFamily, s.UserId })
            .ToListAsync(cancellationToken);

        // The demo worker first, then enough of the workforce to fill every list; not everyone.
        staff = staff.OrderByDescending(s => workerUser != Guid.Empty && s.UserId == workerUser).Take(40).ToList();

        var chwCourses = courses.Where(c => c.RequirementId == chw.Id).OrderByDescending(c => c.Hours).Take(4).ToList();
        var peerCourses = courses.Where(c => c.RequirementId == peer.Id && !c.IsLawAndEthics).OrderByDescending(c => c.Hours).ToList();
        var ethics = courses.Single(c => c.Title == "Peer Support Law and Ethics");
        var mhfa = courses.Single(c => c.GrantsCredential == CredentialType.MentalHealthFirstAid);
        var yearStart = new DateOnly(today.Year, 1, 1);

        for (var i = 0; i < staff.Count; i++)
        {
            var person = staff[i];
            var isDemoWorker = workerUser != Guid.Empty && person.UserId == workerUser;

            // 0 and 3: compliant; 1: at risk (short this year, weeks left in it); 2: lapsed (last year short).
            var standing = isDemoWorker ? 1 : i % 4;
            if (person.JobFamily == JobFamily.PeerSupportSpecialist)
            {
                // Cycle ends in about 60 days for "at risk", began a year ago for the rest.
                var issued = standing == 1 ? today.AddDays(60).AddYears(-4) : today.AddDays(-400).AddYears(-2);
                db.Add(new Credential { StaffMemberId = person.Id, Type = CredentialType.PeerSupportSpecialist, Name = "Medi-Cal Peer Support Specialist", IssuedOn = issued });
                var (cycleStart, _) = ComplianceRules.PeriodOn(new RequirementRule(peer.Id, peer.Name, peer.Period, peer.CycleYears, peer.Hours, peer.LawAndEthicsHours), new HeldCredential(issued, null), today);
                var previousStart = cycleStart.AddYears(-2);
                Hours(person.Id, i, peerCourses, peer.Id, previousStart.AddDays(30), standing == 2 ? 8m : 14m);
                Complete(person.Id, ethics, peer.Id, previousStart.AddDays(200));
                Hours(person.Id, i, peerCourses, peer.Id, cycleStart.AddDays(20), standing == 1 ? 6m : 14m);
                if (standing != 1)
                {
                    Complete(person.Id, ethics, peer.Id, cycleStart.AddDays(60));
                }
            }
            else
            {
                db.Add(new Credential { StaffMemberId = person.Id, Type = CredentialType.CommunityHealthWorkerCertificate, Name = "CHW certificate", IssuedOn = today.AddYears(-3).AddDays(-i * 7) });
                Hours(person.Id, i, chwCourses, chw.Id, yearStart.AddYears(-1).AddDays(40 + i), standing == 2 ? 3m : 6m);
                Hours(person.Id, i, chwCourses, chw.Id, yearStart.AddDays(30 + i), standing switch { 1 => 2m, 2 => 3m, _ => 7m });
            }

            // Mental Health First Aid for every third person: some current, some expiring soon, some expired.
            if (i % 3 == 0 || isDemoWorker)
            {
                var issuedOn = (i % 9) switch { 0 => today.AddDays(45).AddYears(-3), 3 => today.AddDays(-20).AddYears(-3), _ => today.AddDays(-300) };
                db.Add(new Credential { StaffMemberId = person.Id, Type = CredentialType.MentalHealthFirstAid, Name = "Mental Health First Aid", IssuedOn = issuedOn, ExpiresOn = issuedOn.AddYears(3) });
                Complete(person.Id, mhfa, null, issuedOn);
            }
        }

        SeedSessions(demo, courses, staff.Select(s => s.Id).ToList());
        SeedSupervisorRatings(demo, framework, staff.Select(s => s.Id).ToList());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Supervisors' latest ratings of the C3 skills, spread over the scale; career ladders read them.</summary>
    private void SeedSupervisorRatings(DemoContext demo, List<Competency> framework, List<Guid> staff)
    {
        var assessor = demo.Users.GetValueOrDefault("supervisor@demo.test");
        for (var i = 0; i < staff.Count; i++)
        {
            var on = demo.Today.AddDays(-30 - i);
            for (var k = 0; k < framework.Count; k++)
            {
                db.Add(new CompetencyAssessment
                {
                    StaffMemberId = staff[i],
                    CompetencyId = framework[k].Id,
                    By = AssessedBy.Supervisor,
                    Level = (Proficiency)((i + k) % 3),
                    AssessedOn = on,
                    AssessorUserId = assessor,
                    RecordedAt = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(17, 0)), DateTimeKind.Utc),
                });
            }
        }
    }

    /// <summary>
    /// Upcoming sessions with sign-ups (the demo worker holds a seat in the first; one session is full with
    /// a waitlist), and one past session whose attendance was taken.
    /// </summary>
    private void SeedSessions(DemoContext demo, List<Course> courses, List<Guid> staff)
    {
        var today = demo.Today;
        var now = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Utc);
        (string Title, int InDays, int Hour, string? Place, string? Link, int Capacity, int SignUps)[] plan =
        [
            ("Vicarious Trauma and Resilience", 4, 9, "Fresno Wellness and Recovery Center, Room B", null, 15, 6),
            ("Relationship-Centered Practice", 9, 9, "Central Fresno Medical Campus, Training Room 2", null, 12, 12 + 3),
            ("Trauma-Informed Relationships", 12, 13, null, "https://meet.example/trauma-informed", 40, 8),
            ("De-escalation and Crisis Response", 18, 9, "Sanger Family Health Center", null, 16, 4),
            ("Serving LGBTQ2I+ Clients with Respect", 25, 14, null, "https://meet.example/lgbtq-care", 30, 5),
            ("Peer Support Law and Ethics", 34, 9, null, "https://meet.example/peer-ethics", 25, 3),
        ];
        var n = 0;
        foreach (var (title, inDays, hour, place, link, capacity, signUps) in plan)
        {
            var course = courses.Single(c => c.Title == title);
            var session = new TrainingSession
            {
                CourseId = course.Id,
                Date = today.AddDays(inDays),
                StartTime = new TimeOnly(hour, 0),
                EndTime = new TimeOnly(hour, 0).AddMinutes((int)(course.Hours * 60)),
                Place = place,
                Link = link,
                Capacity = capacity,
            };
            db.Add(session);
            foreach (var (staffId, i) in staff.Skip(n % 3).Take(signUps).Select((id, i) => (id, i)))
            {
                db.Add(new SessionSignUp { SessionId = session.Id, StaffMemberId = staffId, SignedUpAt = now.AddDays(-10).AddMinutes(i * 37) });
            }

            n++;
        }

        var past = courses.Single(c => c.Title == "Self-Care Planning for Frontline Staff");
        var held = new TrainingSession
        {
            CourseId = past.Id,
            Date = today.AddDays(-14),
            StartTime = new TimeOnly(10, 0),
            EndTime = new TimeOnly(12, 0),
            Place = "Coalition office, Community Room",
            Capacity = 20,
            AttendanceTakenAt = now.AddDays(-14),
        };
        db.Add(held);
        foreach (var (staffId, i) in staff.Skip(5).Take(6).Select((id, i) => (id, i)))
        {
            var attended = i != 2;
            db.Add(new SessionSignUp { SessionId = held.Id, StaffMemberId = staffId, SignedUpAt = now.AddDays(-30).AddMinutes(i * 11), Attended = attended });
            if (attended)
            {
                db.Add(new CompletionRecord
                {
                    StaffMemberId = staffId,
                    CourseId = past.Id,
                    SessionId = held.Id,
                    Title = past.Title,
                    CompletedOn = held.Date,
                    Hours = past.Hours,
                    RequirementId = past.RequirementId,
                    EvidenceNote = "Attendance taken at the session.",
                });
            }
        }
    }

    /// <summary>Completions of courses in turn until <paramref name="total"/> hours are reached (the last may be partial).</summary>
    private void Hours(Guid staffId, int offset, List<Course> courses, Guid requirementId, DateOnly from, decimal total)
    {
        var n = 0;
        while (total > 0)
        {
            var course = courses[(offset + n) % courses.Count];
            var hours = Math.Min(course.Hours, total);
            db.Add(new CompletionRecord
            {
                StaffMemberId = staffId,
                CourseId = course.Id,
                Title = course.Title,
                CompletedOn = from.AddDays(n * 21),
                Hours = hours,
                RequirementId = requirementId,
                IsLawAndEthics = course.IsLawAndEthics,
                EvidenceNote = hours < course.Hours ? "Attended part of the session." : "Attendance taken at the session.",
            });
            total -= hours;
            n++;
        }
    }

    private void Complete(Guid staffId, Course course, Guid? requirementId, DateOnly on) => db.Add(new CompletionRecord
    {
        StaffMemberId = staffId,
        CourseId = course.Id,
        Title = course.Title,
        CompletedOn = on,
        Hours = course.Hours,
        RequirementId = requirementId,
        IsLawAndEthics = course.IsLawAndEthics,
        EvidenceNote = "Attendance taken at the session.",
    });
}
