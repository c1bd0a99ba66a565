using System.Security.Claims;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>
/// Coalition admins see the reviews waiting for them; supervisors see the ones returned to them; a worker
/// on a ladder sees how many requirements of the next level are still to meet.
/// </summary>
internal sealed class PromotionCards(PromotionAccess access, StaffAccess staff, AppDbContext db, PromotionChecklist checklist, IStringLocalizer<CareersText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var cards = new List<HomeCard>(await ReviewCardsAsync(user, cancellationToken));
        if (await NextStepCardAsync(user, cancellationToken) is { } next)
        {
            cards.Add(next);
        }

        return cards;
    }

    private async Task<HomeCard?> NextStepCardAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = (await staff.ViewerAsync(user, cancellationToken)).StaffId;
        var standing = me is { } id && await db.Set<Placement>().AnyAsync(p => p.StaffMemberId == id, cancellationToken)
            ? await checklist.ForAsync(id, cancellationToken)
            : null;
        return standing is { NextLevel: { } next, MissingCount: > 0 and var missing }
            ? new HomeCard(text["Still to meet for {0}", next.Title], missing, "/Careers/MyPath", text["Your path shows what each one takes"], Order: 60)
            : null;
    }

    private async Task<IReadOnlyList<HomeCard>> ReviewCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
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
