using Bridgework.Web.Platform.Security;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>
/// A candidate's private status page. The token in the link is the only key: it is matched by its hash,
/// across coalitions, and shows where the application stands, nothing of anyone else's.
/// </summary>
[AllowAnonymous]
public sealed class StatusModel(AppDbContext db) : PageModel
{
    private static readonly string[] AllCoalitions = [AppDbContext.TenantFilter];

    public sealed record View(string Title, string? SpanishTitle, string Coalition, DateTime SubmittedAt, string TimeZone, string Phase, Pipeline.PhaseKind Kind, int PhaseOrder);

    /// <summary>Where the application stands, in words for the candidate (an English key in HiringText).</summary>
    public string Standing => Application.Kind switch
    {
        Pipeline.PhaseKind.Hired => "You were hired. Welcome to the team!",
        Pipeline.PhaseKind.NotSelected => "You were not selected this time. Thank you for applying; we hope you apply again.",
        Pipeline.PhaseKind.Withdrawn => "You withdrew this application.",
        _ when Application.PhaseOrder == 0 => "Received. The hiring team is reading applications and will contact you about next steps.",
        _ => "In progress. Current step: {0}",
    };

    public View Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 20 or > 64)
        {
            return NotFound();
        }

        var hash = SecretTokens.Hash(token);
        var found = await db.Set<JobApplication>().IgnoreQueryFilters(AllCoalitions).AsNoTracking()
            .Where(a => a.StatusTokenHash == hash)
            .Select(a => new View(
                db.Set<Posting>().IgnoreQueryFilters(AllCoalitions).Where(p => p.Id == a.PostingId).Select(p => p.Title).First(),
                db.Set<Posting>().IgnoreQueryFilters(AllCoalitions).Where(p => p.Id == a.PostingId).Select(p => p.SpanishTitle).First(),
                db.Coalitions.Where(c => c.Id == a.CoalitionId).Select(c => c.Name).First(),
                a.SubmittedAt,
                db.Coalitions.Where(c => c.Id == a.CoalitionId).Select(c => c.TimeZone).First(),
                db.Set<Pipeline.PipelinePhase>().IgnoreQueryFilters(AllCoalitions).Where(p => p.Id == a.PhaseId).Select(p => p.Name).First(),
                db.Set<Pipeline.PipelinePhase>().IgnoreQueryFilters(AllCoalitions).Where(p => p.Id == a.PhaseId).Select(p => p.Kind).First(),
                db.Set<Pipeline.PipelinePhase>().IgnoreQueryFilters(AllCoalitions).Where(p => p.Id == a.PhaseId).Select(p => p.SortOrder).First()))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Application = found;
        // The link is a secret: keep it out of referrers and shared caches.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Page();
    }
}
