using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// The Careers share of the demo network: for every demo coalition with staff, the pay settings, a
/// published CHW and peer ladder (the CHW one with an older, superseded version and a draft change),
/// a supervision track, and every active worker placed, a few below their level's minimum. Competencies are
/// the C3 core skills of Training's default framework (c3project.org), at the scale's words, so the checklist
/// reads them against supervisors' ratings. The senior levels ask for what the demo worker, a promotora three
/// to four years in, has already done: her one missing requirement is the five years of experience.
/// </summary>
internal sealed class CareersDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                var staff = await db.Set<StaffMember>().AsNoTracking()
                    .Where(s => s.Status != EmploymentStatus.Separated && s.JobFamily != JobFamily.ClinicalTeamMember && s.JobFamily != JobFamily.Other)
                    .OrderBy(s => s.LegalLastName).ThenBy(s => s.Id)
                    .Select(s => new { s.Id, s.JobFamily, s.HireDate })
                    .ToListAsync(cancellationToken);
                if (staff.Count == 0)
                {
                    continue;
                }

                db.Add(new CareerSettings { HoursPerYear = CareerSettings.DefaultHoursPerYear });
                var since = demo.Today.AddMonths(-6);
                var chwOld = AddLadder(CareerFamily.CommunityHealthWorker, "Community health worker ladder", 1, LadderStatus.Superseded, demo.Today.AddYears(-2), now, ChwLevels(-1.50m));
                var chw = AddLadder(CareerFamily.CommunityHealthWorker, "Community health worker ladder", 2, LadderStatus.Published, since, now, ChwLevels(0));
                var draft = AddLadder(CareerFamily.CommunityHealthWorker, "Community health worker ladder", 3, LadderStatus.Draft, null, null, ChwLevels(0.75m));
                draft.Ladder.BasedOnId = chw.Ladder.Id;
                var promotora = AddLadder(CareerFamily.Promotora, "Promotor(a) ladder", 1, LadderStatus.Published, since, now, ChwLevels(-0.25m, "Promotor(a)"));
                var peer = AddLadder(CareerFamily.PeerSupportSpecialist, "Peer support specialist ladder", 1, LadderStatus.Published, since, now, PeerLevels());
                var supervision = AddLadder(CareerFamily.SupervisionTrack, "Supervision track", 1, LadderStatus.Published, since, now, SupervisionLevels());
                chwOld.Ladder.BasedOnId = null;

                var i = 0;
                foreach (var person in staff)
                {
                    var ladder = person.JobFamily switch
                    {
                        JobFamily.Promotora => promotora,
                        JobFamily.PeerSupportSpecialist => peer,
                        JobFamily.Supervisor => supervision,
                        _ => chw,
                    };
                    var months = person.HireDate is { } hired ? ((demo.Today.Year - hired.Year) * 12) + demo.Today.Month - hired.Month : 6;
                    var levels = ladder.Levels;
                    var level = levels.Last(l => l.MonthsOfExperience <= Math.Max(months, 0) || l.Rank == 1);
                    var step = level.Steps > 0 ? Math.Min(level.Steps, 1 + (i % level.Steps)) : (int?)null;
                    var rate = step is { } s ? PayMath.StepRate(level.MinHourly, level.StepPercent, s) : level.MidHourly;

                    // Every seventh person was hired in under the range: the admin's home card has work to show.
                    if (i % 7 == 3)
                    {
                        rate = level.MinHourly - 0.85m;
                    }

                    // A few people also carry their hiring placement, so history has something to show.
                    if (i % 6 == 0 && person.HireDate is { } start && start < since)
                    {
                        var firstLevel = chwOld.Levels.FirstOrDefault(l => l.Rank == level.Rank) ?? level;
                        db.Add(new Placement
                        {
                            StaffMemberId = person.Id,
                            LevelId = ladder == chw ? firstLevel.Id : level.Id,
                            Step = step,
                            HourlyRate = PayMath.Cents(rate * 0.97m),
                            EffectiveDate = start,
                            Note = "Hired",
                            RecordedAt = now.AddMinutes(-2),
                        });
                    }

                    db.Add(new Placement
                    {
                        StaffMemberId = person.Id,
                        LevelId = level.Id,
                        Step = step,
                        HourlyRate = rate,
                        EffectiveDate = person.HireDate is { } h && h > since ? h : since,
                        Note = "Placed on the current ladder",
                        RecordedAt = now.AddMinutes(-1),
                    });
                    i++;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private (CareerLadder Ladder, List<LadderLevel> Levels) AddLadder(
        CareerFamily family, string name, int number, LadderStatus status, DateOnly? effective, DateTime? publishedAt, List<LadderLevel> levels)
    {
        var ladder = new CareerLadder
        {
            Family = family,
            Name = name,
            Number = number,
            Status = status,
            EffectiveDate = effective,
            PublishedAt = publishedAt,
            BilingualKind = DifferentialKind.Amount,
            BilingualValue = 1.50m,
            FieldKind = DifferentialKind.Percent,
            FieldValue = 3m,
            LeadKind = DifferentialKind.Percent,
            LeadValue = 5m,
        };
        db.Add(ladder);
        foreach (var level in levels)
        {
            level.LadderId = ladder.Id;
            db.Add(level);
        }

        return (ladder, levels);
    }

    private const string Equivalencies = "Lived experience of the communities served, volunteer work and community organizing count month for month; schooling is not required.";

    private static List<LadderLevel> ChwLevels(decimal shift, string title = "Community Health Worker") =>
    [
        Level(1, $"{title} I", 0, 22.00m + shift, 25.30m + shift, 28.60m + shift,
            "Connects community members to care and benefits with support from a lead.",
            "Outreach and enrollment; accompaniment to appointments; documenting encounters.",
            "", "CHW core skills (80 hours)", "Outreach: developing\nCommunication: developing",
            "Completes assigned contacts and documentation on time for three consecutive months."),
        Level(2, $"{title} II", 24, 25.00m + shift, 28.75m + shift, 32.50m + shift,
            "Carries a full caseload independently and mentors new workers.",
            "Care coordination; health education groups; mentoring CHW I.",
            "California CHW certificate", "CHW core skills (80 hours)\nMotivational Interviewing Foundations", "Service coordination and navigation: proficient\nInterpersonal and relationship-building: proficient",
            "Meets caseload goals and receives a satisfactory review from the supervisor."),
        Level(3, $"Senior {title}", 60, 28.00m + shift, 32.20m + shift, 36.40m + shift,
            "Leads outreach projects and trains peers.",
            "Leads community projects; trains and shadows; represents the team with partners.",
            "California CHW certificate", "Motivational Interviewing Foundations\nTrauma-Informed Relationships", "Service coordination and navigation: advanced\nEducation and facilitation: advanced",
            "Leads at least one project a year and trains two or more workers."),
    ];

    private static List<LadderLevel> PeerLevels() =>
    [
        Level(1, "Peer Support Specialist I", 0, 21.50m, 24.75m, 28.00m,
            "Shares lived experience of recovery to support people in services.",
            "One-on-one peer support; recovery groups; linkage to community resources.",
            "", "Peer support core training", "Interpersonal and relationship-building: developing",
            "Keeps regular contact with every assigned participant."),
        Level(2, "Certified Peer Support Specialist", 18, 24.00m, 27.60m, 31.20m,
            "Certified peer who carries a caseload and co-leads groups.",
            "Recovery planning with participants; co-leading groups; advocacy.",
            "Medi-Cal Peer Support Specialist certification", "Peer support core training\nWhole Health Action Management", "Interpersonal and relationship-building: proficient\nAdvocacy: proficient",
            "Participants report feeling supported in a yearly survey."),
        Level(3, "Lead Peer Support Specialist", 48, 27.00m, 31.05m, 35.10m,
            "Guides a peer team day to day.",
            "Scheduling and shadowing peers; case reviews; community liaison.",
            "Medi-Cal Peer Support Specialist certification", "Peer supervision basics", "Interpersonal and relationship-building: advanced\nCapacity building: proficient",
            "Peers on the team meet their goals with the lead’s support."),
    ];

    private static List<LadderLevel> SupervisionLevels() =>
    [
        Level(1, "CHW Program Supervisor", 60, 32.00m, 36.80m, 41.60m,
            "Supervises a team of CHWs, promotores or peers.",
            "Reflective supervision; caseload review; hiring and onboarding.",
            "California CHW certificate", "Reflective supervision", "Professional skills and conduct: advanced\nCapacity building: advanced",
            "Team retention and documentation goals are met for the year."),
    ];

    private static LadderLevel Level(
        int rank, string title, int months, decimal min, decimal mid, decimal max, string summary, string responsibilities,
        string credentials, string courses, string competencies, string criterion) => new()
        {
            Rank = rank,
            Title = title,
            MonthsOfExperience = months,
            ExperienceEquivalencies = Equivalencies,
            MinHourly = min,
            MidHourly = mid,
            MaxHourly = max,
            Steps = 5,
            StepPercent = 3m,
            Summary = summary,
            Responsibilities = responsibilities,
            Credentials = credentials.Length == 0 ? null : credentials,
            Courses = courses,
            Competencies = competencies,
            PerformanceCriterion = criterion,
        };
}
