using Bridgework.Web.Features.Careers.Benchmarks;
using Bridgework.Web.Features.Careers.Equity;
using Bridgework.Web.Features.Careers.Promotions;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// Benchmarks, self-identification, a waiting promotion review and network sharing for the demo network,
/// after Training so the review's checklist reads the seeded training records. The national CHW wages are
/// BLS OEWS figures for SOC 21-1094; the living wages are labelled as illustrative and name where to check them.
/// </summary>
internal sealed class CareersMoreDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock, PromotionChecklist checklist) : IDemoSeeder
{
    private static readonly string[] Counties = ["Fresno", "Humboldt", "Contra Costa"];

    // Illustrative figures for one adult with no children, in the range the MIT calculator showed for these counties.
    private static readonly decimal[] LivingWages = [22.85m, 23.40m, 29.95m];

    public int Order => 50;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new PayBenchmark
        {
            Kind = BenchmarkKind.Market,
            Source = "BLS Occupational Employment and Wage Statistics (OEWS)",
            Year = 2023,
            Region = "National",
            OccupationCode = "21-1094",
            P10 = 18.66m,
            Median = 24.93m,
            P90 = 37.11m,
            Note = "Community health workers, national hourly wages ($51,850 a year at the median), as quoted by secondary sources. Check the current release at bls.gov/oes.",
        });
        for (var i = 0; i < Counties.Length; i++)
        {
            db.Add(new PayBenchmark
            {
                Kind = BenchmarkKind.LivingWage,
                Source = "MIT Living Wage Calculator",
                Year = 2024,
                Region = "California",
                County = Counties[i],
                HouseholdType = CareerSettings.DefaultHousehold,
                Hourly = LivingWages[i],
                Note = "Illustrative demo figure; look up the current one at livingwage.mit.edu before relying on it.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        for (var c = 0; c < demo.CoalitionIds.Count; c++)
        {
            using (tenant.Enter(demo.CoalitionIds[c]))
            {
                var settings = await db.Set<CareerSettings>().FirstOrDefaultAsync(cancellationToken);
                if (settings is null)
                {
                    continue;
                }

                settings.County = c < Counties.Length ? Counties[c] : null;
                settings.ShareLadderWithNetwork = c < 2;
                await SelfIdentifyAsync(cancellationToken);
                if (c == 0)
                {
                    await StartReviewAsync(demo, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Most workers answer; a few groups stay under five people so the report shows what suppression looks like.
    /// </summary>
    private async Task SelfIdentifyAsync(CancellationToken cancellationToken)
    {
        var workers = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Status != EmploymentStatus.Separated && s.JobFamily != JobFamily.ClinicalTeamMember && s.JobFamily != JobFamily.Other)
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.JobFamily })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < workers.Count; i++)
        {
            if (i % 9 == 8)
            {
                continue; // Some people leave the questions alone.
            }

            var promotora = workers[i].JobFamily == JobFamily.Promotora;
            db.Add(new SelfIdentification
            {
                StaffMemberId = workers[i].Id,
                Gender = (i % 13) switch
                {
                    5 => GenderGroup.NonBinary,
                    11 => GenderGroup.PreferNotToSay,
                    _ => i % 3 == 0 ? GenderGroup.Man : GenderGroup.Woman,
                },
                RaceEthnicity = (i % 10) switch
                {
                    0 or 1 or 2 or 3 or 4 => RaceEthnicityGroup.HispanicOrLatino,
                    5 or 6 => RaceEthnicityGroup.Asian,
                    7 => RaceEthnicityGroup.Black,
                    8 => RaceEthnicityGroup.White,
                    _ => RaceEthnicityGroup.PreferNotToSay,
                },
                PrimaryLanguage = promotora ? LanguageGroup.Spanish : (i % 11 == 4 ? LanguageGroup.Hmong : i % 2 == 0 ? LanguageGroup.English : LanguageGroup.Spanish),
                LivedExperience = (i % 4) switch
                {
                    0 => LivedExperienceGroup.MentalHealthOrSubstanceUse,
                    1 => LivedExperienceGroup.Immigration,
                    2 => LivedExperienceGroup.NoneToShare,
                    _ => LivedExperienceGroup.PreferNotToSay,
                },
                UpdatedAt = now,
            });
        }
    }

    /// <summary>The demo supervisor's review of one of their workers, waiting for the demo coalition admin.</summary>
    private async Task StartReviewAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var supervisorUser = demo.Users.GetValueOrDefault("supervisor@demo.test");
        var workerUser = demo.Users.GetValueOrDefault("worker@demo.test");
        var supervisor = await db.Set<StaffMember>().Where(s => s.UserId == supervisorUser).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (supervisor is null)
        {
            return;
        }

        var teamIds = db.Set<Team>().Where(t => t.SupervisorId == supervisor).Select(t => t.Id);
        var candidates = await db.Set<TeamMember>().Where(m => teamIds.Contains(m.TeamId))
            .Join(db.Set<StaffMember>(), m => m.StaffMemberId, s => s.Id, (m, s) => s)
            .Where(s => s.Id != supervisor && (s.UserId == null || s.UserId != workerUser) && s.Status != EmploymentStatus.Separated
                && (s.JobFamily == JobFamily.CommunityHealthWorker || s.JobFamily == JobFamily.Promotora))
            .OrderBy(s => s.HireDate).ThenBy(s => s.Id)
            .Select(s => s.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var standing = await checklist.ForAsync(candidate, cancellationToken);
            if (standing?.NextLevel is not { } next)
            {
                continue;
            }

            db.Add(new PromotionReview
            {
                StaffMemberId = candidate,
                SupervisorStaffId = supervisor.Value,
                FromLevelId = standing.CurrentLevelId,
                ProposedLevelId = next.Id,
                ProposedStep = next.Steps > 0 ? 1 : null,
                EffectiveDate = demo.Today.AddDays(14),
                Justification = "Carries a full caseload independently, mentors the two newest workers on the team and leads the Thursday diabetes group in Spanish. Families and the nurse care manager ask for this worker by name. What the checklist still shows is planned: the certificate class and the remaining courses are booked for next month, and we are working on service coordination together in our 1:1s.",
                Checklist = standing.Snapshot,
                Status = PromotionStatus.Submitted,
                SubmittedAt = clock.GetUtcNow().UtcDateTime,
            });
            return;
        }
    }
}
