using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>The coalition a public link names by its slug: anonymous pages act for it, never for one from the request body.</summary>
public sealed record PublicCoalition(Guid Id, string Name, string Slug, string TimeZone)
{
    public static Task<PublicCoalition?> FindAsync(AppDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Coalitions.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new PublicCoalition(c.Id, c.Name, c.Slug, c.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);
}
