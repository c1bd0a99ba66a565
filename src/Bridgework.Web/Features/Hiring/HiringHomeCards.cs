using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring;

/// <summary>Admins see draft postings that are not on the job board yet.</summary>
internal sealed class HiringHomeCards(AppDbContext db, PermissionGrants grants, IStringLocalizer<HiringText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(HiringPermissions.Manage, grants))
        {
            return [];
        }

        var drafts = await db.Set<Posting>().CountAsync(p => p.Status == PostingStatus.Draft, cancellationToken);
        return drafts == 0
            ? []
            : [new HomeCard(text["Draft postings"], drafts, "/Hiring?status=Draft", text["Not on the job board until you open them"], Order: 30)];
    }
}
