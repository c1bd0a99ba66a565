using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring;

/// <summary>Admins see new applications nobody has looked at, and draft postings not on the job board yet.</summary>
internal sealed class HiringHomeCards(AppDbContext db, PermissionGrants grants, IStringLocalizer<HiringText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(HiringPermissions.Manage, grants))
        {
            return [];
        }

        var cards = new List<HomeCard>();
        // New applications: candidates still in the pipeline's first phase, nobody has moved them yet.
        var waiting = await db.Set<Apply.JobApplication>()
            .CountAsync(a => db.Set<Pipeline.PipelinePhase>().Any(p => p.Id == a.PhaseId && p.SortOrder == 0), cancellationToken);
        if (waiting > 0)
        {
            cards.Add(new HomeCard(text["New applications"], waiting, "/Hiring?status=Open", text["Waiting for a first look"], Order: 25));
        }

        var drafts = await db.Set<Posting>().CountAsync(p => p.Status == PostingStatus.Draft, cancellationToken);
        if (drafts > 0)
        {
            cards.Add(new HomeCard(text["Draft postings"], drafts, "/Hiring?status=Draft", text["Not on the job board until you open them"], Order: 30));
        }

        return cards;
    }
}
