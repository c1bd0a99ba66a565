using System.Security.Claims;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Coalition admins see fair-chance response windows still open and offers that wait for their decision.</summary>
internal sealed class OfferHomeCards(AppDbContext db, PermissionGrants grants, CoalitionCalendar calendar, IStringLocalizer<HiringText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(HiringPermissions.Manage, grants))
        {
            return [];
        }

        var today = await calendar.TodayAsync(cancellationToken);
        var cards = new List<HomeCard>();
        var windows = await db.Set<Offer>().Where(OfferQueues.WindowOpen(today)).CountAsync(cancellationToken);
        if (windows > 0)
        {
            var next = await db.Set<Offer>().Where(OfferQueues.WindowOpen(today)).MinAsync(o => o.ResponseDueOn, cancellationToken);
            cards.Add(new HomeCard(text["Fair-chance response windows ending"], windows, "/Hiring/Offers?show=WindowOpen",
                text["The next ends {0}; no withdrawal before then", next!.Value.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], Order: 26));
        }

        var waiting = await db.Set<Offer>().Where(OfferQueues.AwaitingDecision(today)).CountAsync(cancellationToken);
        if (waiting > 0)
        {
            cards.Add(new HomeCard(text["Offers waiting for a decision"], waiting, "/Hiring/Offers?show=AwaitingDecision", text["An assessment or a final decision is due"], Order: 27));
        }

        return cards;
    }
}
