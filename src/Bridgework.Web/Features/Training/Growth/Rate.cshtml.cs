using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Growth;

/// <summary>A supervisor rates one person they supervise on each competency. Anyone else gets 404.</summary>
[Authorize(Policy = TrainingPermissions.Supervise)]
public sealed class RateModel(
    AppDbContext db, StaffAccess access, CompetencyLevels levels, CoalitionCalendar calendar, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public Dictionary<Guid, Proficiency> Levels { get; set; } = [];

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public LevelForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || User.UserId() is not { } userId)
        {
            return NotFound();
        }

        var added = levels.Record(id, AssessedBy.Supervisor, userId, Form.Standings, Levels, await calendar.TodayAsync(cancellationToken), ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = (added > 0 ? text["Your ratings of {0} were saved.", Name] : text["Nothing changed: your ratings are the same as before."]).Value;
        return Redirect($"/Training/Growth/Gap/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        if (me is not { } supervisor || !await access.SupervisedBy(db.Set<StaffMember>(), supervisor).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return false;
        }

        Id = id;
        Name = await levels.NameAsync(id, cancellationToken) ?? "";
        Form = new LevelForm(await levels.ForAsync(id, cancellationToken), Levels, AssessedBy.Supervisor);
        return true;
    }
}
