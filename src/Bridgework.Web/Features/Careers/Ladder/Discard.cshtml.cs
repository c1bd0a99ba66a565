using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>
/// Throws away a draft and its levels, after asking, so a family can start again (from a copy or from
/// nothing). A draft is a proposal, not a record about people: nobody is placed on it, so it can go, and the
/// audit trail keeps what it held. Published and superseded versions are history and are never removed.
/// </summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class DiscardModel(AppDbContext db, IStringLocalizer<CareersText> text) : PageModel
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public int Number { get; private set; }

    public int LevelCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var draft = await db.Set<CareerLadder>().AsNoTracking()
            .Where(l => l.Id == id && l.Status == LadderStatus.Draft)
            .Select(l => new { l.Name, l.Number, Levels = db.Set<LadderLevel>().Count(v => v.LadderId == l.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        (Id, Name, Number, LevelCount) = (id, draft.Name, draft.Number, draft.Levels);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var draft = await db.Set<CareerLadder>().FirstOrDefaultAsync(l => l.Id == id && l.Status == LadderStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        var levels = await db.Set<LadderLevel>().Where(l => l.LadderId == id).Take(50).ToListAsync(cancellationToken);
        var levelIds = levels.Select(l => l.Id).ToList();
        if (await db.Set<Placement>().AnyAsync(p => levelIds.Contains(p.LevelId), cancellationToken))
        {
            (Id, Name, Number, LevelCount) = (id, draft.Name, draft.Number, levels.Count);
            ModelState.AddModelError(string.Empty, text["Workers are placed on a level of this draft, so it cannot be discarded."]);
            return Page();
        }

        db.RemoveRange(levels);
        db.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The draft {0} was discarded.", draft.Name].Value;
        return Redirect("/Careers");
    }
}
