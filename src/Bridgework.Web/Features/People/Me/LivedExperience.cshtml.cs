using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Me;

/// <summary>
/// A worker records the areas of lived experience they choose to share. Only they and coalition admins can
/// see them; they are never exported, never logged, and the audit trail records only that they changed.
/// </summary>
public sealed class LivedExperienceModel(AppDbContext db, StaffAccess access, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public List<LivedExperienceArea> Areas { get; set; } = [];

    public bool HasRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        HasRecord = me is not null;
        if (me is not null)
        {
            Areas = await db.Set<LivedExperience>().Where(l => l.StaffMemberId == me).Select(l => l.Area).ToListAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        if (me is not { } staffId)
        {
            return NotFound();
        }

        var wanted = Areas.Where(Enum.IsDefined).ToHashSet();
        var recorded = await db.Set<LivedExperience>().Where(l => l.StaffMemberId == staffId).ToListAsync(cancellationToken);
        db.RemoveRange(recorded.Where(l => !wanted.Contains(l.Area)));
        db.AddRange(wanted.Except(recorded.Select(l => l.Area)).Select(a => new LivedExperience { StaffMemberId = staffId, Area = a }));
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = text["Saved. Only you and your coalition admins can see this."].Value;
        return Redirect("/People/Me");
    }
}
