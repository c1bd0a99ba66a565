using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Referrals;

/// <summary>Anyone who referred people sees how many of them are still in process; nothing when there are none.</summary>
internal sealed class ReferralHomeCards(AppDbContext db, PermissionGrants grants, IStringLocalizer<HiringText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(HiringPermissions.Refer, grants) || user.UserId() is not { } userId)
        {
            return [];
        }

        var inProcess = await db.Set<JobApplication>()
            .Where(a => db.Set<StaffMember>().Any(s => s.Id == a.ReferrerStaffId && s.UserId == userId))
            .CountAsync(a => db.Set<PipelinePhase>().Any(p => p.Id == a.PhaseId && p.Kind == PhaseKind.InProgress), cancellationToken);
        return inProcess > 0
            ? [new HomeCard(text["Your referrals"], inProcess, "/Hiring/Referrals/Mine", text["In process"], Order: 60)]
            : [];
    }
}
