using System.Security.Claims;
using Bridgework.Web.Platform.Home;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>Coalition admins see the reviews waiting for them; supervisors see the ones returned to them.</summary>
internal sealed class PromotionCards(PromotionAccess access, IStringLocalizer<CareersText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reviews = await access.VisibleAsync(user, cancellationToken);
        if (access.IsAdmin(user))
        {
            var waiting = await reviews.CountAsync(r => r.Status == PromotionStatus.Submitted, cancellationToken);
            return waiting == 0 ? [] : [new HomeCard(text["Promotion reviews waiting"], waiting, "/Careers/Promotions?status=Submitted", text["Approve them or return them with a reason"], Order: 55)];
        }

        if (await access.SupervisorStaffIdAsync(user, cancellationToken) is { } me)
        {
            var returned = await reviews.CountAsync(r => r.Status == PromotionStatus.Returned && r.SupervisorStaffId == me, cancellationToken);
            return returned == 0 ? [] : [new HomeCard(text["Returned reviews"], returned, "/Careers/Promotions?status=Returned", text["Revise them and send them again"], Order: 55)];
        }

        return [];
    }
}
