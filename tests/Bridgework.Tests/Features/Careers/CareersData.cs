using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;

namespace Bridgework.Tests.Features.Careers;

/// <summary>Builds ladders and placements straight into a test's own coalition.</summary>
public static class CareersData
{
    /// <summary>A two-level CHW ladder: CHW I $22.00–$28.60 (mid $25.30, 5 steps of 3 %), CHW II $25.00–$32.50 after 24 months.</summary>
    public static Task<(Guid Ladder, Guid Level1, Guid Level2)> AddLadderAsync(
        this TestCoalition coalition, LadderStatus status = LadderStatus.Published, CareerFamily family = CareerFamily.CommunityHealthWorker, int number = 1) =>
        coalition.DbAsync(async db =>
        {
            var ladder = new CareerLadder
            {
                Family = family,
                Name = "Community health worker ladder",
                Number = number,
                Status = status,
                EffectiveDate = status == LadderStatus.Draft ? null : new DateOnly(2025, 7, 1),
                BilingualKind = DifferentialKind.Amount,
                BilingualValue = 1.50m,
            };
            var one = new LadderLevel
            {
                LadderId = ladder.Id, Rank = 1, Title = "Community Health Worker I", MinHourly = 22.00m, MidHourly = 25.30m, MaxHourly = 28.60m,
                Steps = 5, StepPercent = 3m, Courses = "CHW core skills", ExperienceEquivalencies = "Lived and volunteer experience count.",
            };
            var two = new LadderLevel
            {
                LadderId = ladder.Id, Rank = 2, Title = "Community Health Worker II", MinHourly = 25.00m, MidHourly = 28.75m, MaxHourly = 32.50m,
                MonthsOfExperience = 24, Credentials = "California CHW certificate", Competencies = "Care coordination: proficient",
                PerformanceCriterion = "Meets caseload goals.",
            };
            db.AddRange(ladder, one, two);
            await db.SaveChangesAsync();
            return (ladder.Id, one.Id, two.Id);
        });

    public static Task<Guid> PlaceAsync(this TestCoalition coalition, Guid staffId, Guid levelId, decimal rate, DateOnly effective, int? step = null) =>
        coalition.DbAsync(async db =>
        {
            var placement = new Placement { StaffMemberId = staffId, LevelId = levelId, HourlyRate = rate, EffectiveDate = effective, Step = step };
            db.Add(placement);
            await db.SaveChangesAsync();
            return placement.Id;
        });
}
