using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Pipeline;

/// <summary>
/// The candidates of one posting as a board: a column per phase, longest waiting first. Each column shows
/// the first few; the list view pages through the rest and is where candidates are moved.
/// </summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class BoardModel(AppDbContext db) : PageModel
{
    public const int PerColumn = 8;

    public Guid Id { get; private set; }

    public string PostingTitle { get; private set; } = "";

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var title = await db.Set<Posting>().Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        (Id, PostingTitle) = (id, title);
        // One query for the whole board: each phase with its count and its first few, longest in the phase first.
        Columns = await db.Set<PipelinePhase>().AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new Column(
                p.Id,
                p.Name,
                db.Set<JobApplication>().Count(a => a.PostingId == id && a.PhaseId == p.Id),
                db.Set<JobApplication>().Where(a => a.PostingId == id && a.PhaseId == p.Id)
                    .Select(a => new
                    {
                        a.Id,
                        a.Name,
                        a.HeardFrom,
                        Since = db.Set<PhaseMove>().Where(m => m.ApplicationId == a.Id && m.ToPhaseId == a.PhaseId).Max(m => (DateTime?)m.MovedAt) ?? a.SubmittedAt,
                    })
                    .OrderBy(c => c.Since).ThenBy(c => c.Id)
                    .Take(PerColumn)
                    .Select(c => new Card(c.Id, c.Name, c.HeardFrom, c.Since))
                    .ToList()))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record Column(Guid PhaseId, string Name, int Count, IReadOnlyList<Card> Cards);

    public sealed record Card(Guid Id, string Name, HeardFrom HeardFrom, DateTime Since);
}
