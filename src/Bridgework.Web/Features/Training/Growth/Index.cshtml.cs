using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Growth;

/// <summary>
/// A worker rates themself on each competency of the framework; a supervisor also finds here the people they
/// supervise, to rate them and see their gaps. Every rating is a new row: the latest counts, history stays.
/// </summary>
public sealed class IndexModel(
    AppDbContext db, StaffAccess access, CompetencyLevels levels, CoalitionCalendar calendar, PermissionGrants grants, IStringLocalizer<TrainingText> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty]
    public Dictionary<Guid, Proficiency> Levels { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Guid? Me { get; private set; }

    public LevelForm Form { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Team { get; private set; } = [];

    public PageLinks? Pages { get; private set; }

    public bool CanManage => User.Has(TrainingPermissions.Manage, grants);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Me is not { } me || User.UserId() is not { } userId)
        {
            return NotFound();
        }

        var added = levels.Record(me, AssessedBy.Self, userId, Form.Standings, Levels, await calendar.TodayAsync(cancellationToken), ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Flash"] = (added > 0 ? text["Your ratings were saved. Here is how they compare with your supervisor’s."] : text["Nothing changed: your ratings are the same as before."]).Value;
        return Redirect("/Training/Growth/Gap");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        Form = new LevelForm(Me is { } me ? await levels.ForAsync(me, cancellationToken) : [], Levels, AssessedBy.Self);
        if (Me is { } supervisor && User.Has(TrainingPermissions.Supervise, grants))
        {
            var team = access.SupervisedBy(db.Set<StaffMember>(), supervisor).Where(s => s.Status != EmploymentStatus.Separated);
            var total = await team.CountAsync(cancellationToken);
            PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
            Pages = new PageLinks(PageNumber, PageSize, total, p => p == 1 ? "/Training/Growth" : $"/Training/Growth?p={p}");
            Team = (await team
                .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
                .OrderBy(s => s.Name).ThenBy(s => s.Id)
                .Skip(Pages.Skip).Take(PageSize)
                .ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList();
        }
    }
}
