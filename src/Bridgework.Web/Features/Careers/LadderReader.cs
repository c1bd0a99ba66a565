using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// Reads one ladder version with its levels. Coalition admins read every version; everyone else reads
/// published and superseded versions only: a draft is not theirs to see (404).
/// </summary>
public sealed class LadderReader(AppDbContext db, CareerPay pay, PermissionGrants grants)
{
    public IQueryable<CareerLadder> Visible(ClaimsPrincipal user) =>
        user.Has(CareersPermissions.Manage, grants)
            ? db.Set<CareerLadder>().AsNoTracking()
            : db.Set<CareerLadder>().AsNoTracking().Where(l => l.Status != LadderStatus.Draft);

    public async Task<LadderView?> ReadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var ladder = await Visible(user).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return ladder is null ? null : await ViewOfAsync(ladder, cancellationToken);
    }

    public async Task<LadderView> ViewOfAsync(CareerLadder ladder, CancellationToken cancellationToken)
    {
        var levels = await db.Set<LadderLevel>().AsNoTracking()
            .Where(l => l.LadderId == ladder.Id)
            .OrderBy(l => l.Rank).ThenBy(l => l.Title)
            .ToListAsync(cancellationToken);
        return new LadderView(ladder, levels, await pay.HoursPerYearAsync(cancellationToken));
    }
}

/// <summary>A ladder version, its levels in order and the hours per year its annual figures use.</summary>
public sealed record LadderView(CareerLadder Ladder, IReadOnlyList<LadderLevel> Levels, int HoursPerYear)
{
    public decimal Annual(decimal hourly) => PayMath.Annual(hourly, HoursPerYear);

    public IReadOnlyList<decimal> Steps(LadderLevel level) => PayMath.StepRates(level.MinHourly, level.StepPercent, level.Steps);

    public IEnumerable<(string Name, DifferentialKind Kind, decimal Value)> Differentials =>
        new[]
        {
            ("Bilingual", Ladder.BilingualKind, Ladder.BilingualValue),
            ("Field", Ladder.FieldKind, Ladder.FieldValue),
            ("Lead", Ladder.LeadKind, Ladder.LeadValue),
        }.Where(d => d.Item2 != DifferentialKind.None);
}
