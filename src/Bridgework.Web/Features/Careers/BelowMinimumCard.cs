using System.Security.Claims;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers;

/// <summary>Coalition admins see how many workers are paid below their level's minimum.</summary>
internal sealed class BelowMinimumCard(CurrentPlacements placements, PermissionGrants grants, IStringLocalizer<CareersText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(CareersPermissions.Manage, grants))
        {
            return [];
        }

        var count = await placements.BelowMinimumCountAsync(cancellationToken);
        return count == 0
            ? []
            : [new HomeCard(text["Paid below their level’s minimum"], count, "/Careers/Placements?flag=BelowMinimum", text["Raise them to the range or review their placement"], Order: 60)];
    }
}
