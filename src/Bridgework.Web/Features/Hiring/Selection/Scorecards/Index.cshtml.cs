using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Scorecards;

/// <summary>
/// A panelist's own scorecard for one candidate. Only the panelist opens it; until they submit, it shows
/// nothing of the other panelists' scores, and after, it shows the whole panel's.
/// </summary>
[Authorize(Policy = HiringPermissions.Tasks)]
public sealed class IndexModel(AppDbContext db, PanelScores scores, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public ScoreInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string Candidate { get; private set; } = "";

    public string PostingTitle { get; private set; } = "";

    public string Phase { get; private set; } = "";

    public IReadOnlyList<ScoringAttribute> Attributes { get; private set; } = [];

    public Scorecard? Mine { get; private set; }

    public PanelScores.Summary? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var panelist = await LoadAsync(id, cancellationToken);
        if (panelist is null)
        {
            return NotFound();
        }

        if (Mine is not null)
        {
            TempData["Flash"] = text["Your scorecard was already submitted; it was not changed."].Value;
            return Redirect($"/Hiring/Selection/Scorecards/{id}");
        }

        foreach (var attribute in Attributes)
        {
            if (Input.Ratings.GetValueOrDefault(attribute.Id) is not (>= 1 and <= 4))
            {
                ModelState.AddModelError($"Input.Ratings[{attribute.Id}]", text["Choose a score from 1 to 4 for {0}.", text[attribute.Name].Value]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var card = new Scorecard
        {
            PanelistId = panelist.Id,
            Recommendation = Input.Recommendation!.Value,
            Comments = string.IsNullOrWhiteSpace(Input.Comments) ? null : Input.Comments.Trim(),
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var attribute in Attributes)
        {
            card.Ratings.Add(new ScorecardRating { AttributeId = attribute.Id, Score = Input.Ratings[attribute.Id]!.Value });
        }

        db.Add(card);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Your scorecard is submitted. You can now see the rest of the panel’s scores."].Value;
        return Redirect($"/Hiring/Selection/Scorecards/{id}");
    }

    private async Task<Panelist?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        // Someone else's scorecard is not found at all, not merely forbidden: its existence is not theirs to know.
        var panelist = await db.Set<Panelist>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id && db.Set<StaffMember>().Any(s => s.Id == p.StaffMemberId && s.UserId == userId), cancellationToken);
        if (panelist is null || userId is null)
        {
            return null;
        }

        Id = id;
        var head = await db.Set<JobApplication>().AsNoTracking().Where(a => a.Id == panelist.ApplicationId)
            .Select(a => new
            {
                a.Name,
                Posting = db.Set<Posting>().Where(p => p.Id == a.PostingId).Select(p => p.Title).First(),
                Phase = db.Set<PipelinePhase>().Where(p => p.Id == panelist.PhaseId).Select(p => p.Name).First(),
            })
            .FirstAsync(cancellationToken);
        (Candidate, PostingTitle, Phase) = (head.Name, head.Posting, head.Phase);
        Mine = await db.Set<Scorecard>().AsNoTracking().Include(c => c.Ratings).FirstOrDefaultAsync(c => c.PanelistId == id, cancellationToken);
        Attributes = Mine is null
            ? await db.Set<ScoringAttribute>().AsNoTracking().Where(a => !a.IsArchived).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Take(100).ToListAsync(cancellationToken)
            : [];
        if (Mine is not null && await scores.MaySeeAsync(panelist.ApplicationId, panelist.PhaseId, User, cancellationToken))
        {
            Panel = await scores.LoadAsync(panelist.ApplicationId, panelist.PhaseId, cancellationToken);
        }

        return panelist;
    }
}
