using Bridgework.Web.Features.Careers.Placements;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>
/// Approves a submitted review: the worker is placed on the proposed level from the effective date, at the
/// proposed step's rate, or at the level's minimum, never below what they are paid now. The caller saves.
/// </summary>
public sealed class ApprovePromotion(AppDbContext db, RecordPlacement record, TimeProvider clock)
{
    public async Task<string?> HandleAsync(PromotionReview review, Guid by, CancellationToken cancellationToken)
    {
        if (review.Status != PromotionStatus.Submitted)
        {
            return "Only a review waiting for a decision can be approved.";
        }

        var level = await db.Set<LadderLevel>().AsNoTracking()
            .Join(db.Set<CareerLadder>().Where(d => d.Status == LadderStatus.Published), l => l.LadderId, d => d.Id, (l, d) => l)
            .FirstOrDefaultAsync(l => l.Id == review.ProposedLevelId, cancellationToken);
        if (level is null)
        {
            return "The proposed level is no longer on a published ladder. Return the review so the supervisor can choose again.";
        }

        var now = await db.Set<Placement>().AsNoTracking()
            .Where(p => p.StaffMemberId == review.StaffMemberId && p.EffectiveDate <= review.EffectiveDate)
            .OrderByDescending(p => p.EffectiveDate).ThenByDescending(p => p.RecordedAt)
            .Select(p => (decimal?)p.HourlyRate)
            .FirstOrDefaultAsync(cancellationToken);
        decimal? rate = null;
        if (review.ProposedStep is null)
        {
            rate = Math.Max(level.MinHourly, now ?? 0);
        }
        else if (now is { } current && PayMath.StepRate(level.MinHourly, level.StepPercent, review.ProposedStep.Value) < current)
        {
            rate = current;
        }

        var placement = record.Handle(review.StaffMemberId, level.Id, level.MinHourly, level.StepPercent, review.ProposedStep, rate, review.EffectiveDate, "Promotion");
        review.Approve(placement.Id, by, clock.GetUtcNow().UtcDateTime);
        return null;
    }
}
