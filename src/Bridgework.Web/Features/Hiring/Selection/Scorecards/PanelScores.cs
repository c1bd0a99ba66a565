using System.Security.Claims;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection.Scorecards;

/// <summary>
/// Who may read a panel's scores, and the scores themselves. Panelists score alone: one sees the others'
/// scorecards only once their own is submitted; coalition admins see every submitted scorecard.
/// </summary>
public sealed class PanelScores(AppDbContext db, PermissionGrants grants)
{
    /// <summary>Job families that count as "a worker on the panel": CHWs, promotores, CHRs and peers.</summary>
    public static readonly JobFamily[] WorkerFamilies =
        [JobFamily.CommunityHealthWorker, JobFamily.Promotora, JobFamily.CommunityHealthRepresentative, JobFamily.PeerSupportSpecialist];

    public async Task<bool> MaySeeAsync(Guid applicationId, Guid phaseId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Has(HiringPermissions.Manage, grants))
        {
            return true;
        }

        var userId = user.UserId();
        return userId is not null && await db.Set<Panelist>().AnyAsync(
            p => p.ApplicationId == applicationId && p.PhaseId == phaseId
                && db.Set<StaffMember>().Any(s => s.Id == p.StaffMemberId && s.UserId == userId)
                && db.Set<Scorecard>().Any(c => c.PanelistId == p.Id),
            cancellationToken);
    }

    /// <summary>The panel of one candidate at one phase, with every submitted scorecard. Call only when <see cref="MaySeeAsync"/> allows.</summary>
    public async Task<Summary> LoadAsync(Guid applicationId, Guid phaseId, CancellationToken cancellationToken)
    {
        var cards = await db.Set<Scorecard>().AsNoTracking()
            .Where(c => db.Set<Panelist>().Any(p => p.Id == c.PanelistId && p.ApplicationId == applicationId && p.PhaseId == phaseId))
            .OrderBy(c => c.SubmittedAt)
            .Take(50)
            .Select(c => new Card(
                db.Set<Panelist>().Where(p => p.Id == c.PanelistId)
                    .Select(p => db.Set<StaffMember>().Where(s => s.Id == p.StaffMemberId).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).First())
                    .First(),
                c.Recommendation,
                c.Comments,
                c.SubmittedAt,
                c.Ratings.Select(r => new Rating(r.AttributeId, r.Score)).ToList()))
            .ToListAsync(cancellationToken);
        var attributes = await db.Set<ScoringAttribute>().AsNoTracking()
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.IsArchived })
            .Take(100)
            .ToListAsync(cancellationToken);
        var averages = attributes
            .Select(a => (a.Name, Scores: cards.SelectMany(c => c.Ratings).Where(r => r.AttributeId == a.Id).Select(r => r.Score).ToList(), a.IsArchived))
            .Where(a => a.Scores.Count > 0 || !a.IsArchived)
            .Select(a => new AttributeAverage(a.Name, a.Scores.Count == 0 ? null : a.Scores.Average(), a.Scores.Count))
            .ToList();
        var names = attributes.ToDictionary(a => a.Id, a => a.Name);
        return new Summary(
            averages,
            Enum.GetValues<Recommendation>().Select(r => (r, cards.Count(c => c.Recommendation == r))).ToList(),
            cards,
            names);
    }

    public sealed record Rating(Guid AttributeId, int Score);

    public sealed record Card(string Panelist, Recommendation Recommendation, string? Comments, DateTime SubmittedAt, List<Rating> Ratings);

    public sealed record AttributeAverage(string Name, double? Average, int Count);

    public sealed record Summary(
        IReadOnlyList<AttributeAverage> Averages,
        IReadOnlyList<(Recommendation Recommendation, int Count)> Recommendations,
        IReadOnlyList<Card> Cards,
        IReadOnlyDictionary<Guid, string> AttributeNames);
}
