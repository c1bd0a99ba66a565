using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>The host of a shadowing session, and only the host, tells how the candidate did in the field.</summary>
[Authorize(Policy = HiringPermissions.Tasks)]
public sealed class FeedbackModel(AppDbContext db, CoalitionCalendar calendar, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string Candidate { get; private set; } = "";

    public string Team { get; private set; } = "";

    public ShadowingSession Session { get; private set; } = null!;

    public ShadowingFeedback? Given { get; private set; }

    public bool TooEarly { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Given is not null)
        {
            TempData["Flash"] = text["Your feedback was already given; it was not changed."].Value;
            return Redirect($"/Hiring/Selection/Shadowing/Feedback/{id}");
        }

        if (TooEarly)
        {
            ModelState.AddModelError(string.Empty, text["Feedback opens on the day of the shadowing."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new ShadowingFeedback
        {
            SessionId = id,
            RelatingToClients = Input.RelatingToClients!.Value,
            Curiosity = Input.Curiosity!.Value,
            Boundaries = Input.Boundaries!.Value,
            WouldWorkWith = Input.WouldWorkWith!.Value,
            Comments = string.IsNullOrWhiteSpace(Input.Comments) ? null : Input.Comments.Trim(),
            GivenByStaffId = Session.HostStaffId,
            GivenAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Thank you. Your feedback is with the hiring team."].Value;
        return Redirect("/Hiring/Selection/Tasks");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        // Only the host finds the session here; to anyone else it does not exist.
        var session = await db.Set<ShadowingSession>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == ShadowingStatus.Scheduled
                && db.Set<StaffMember>().Any(m => m.Id == s.HostStaffId && m.UserId == userId), cancellationToken);
        if (session is null || userId is null)
        {
            return false;
        }

        (Id, Session) = (id, session);
        Candidate = await db.Set<JobApplication>().Where(a => a.Id == session.ApplicationId).Select(a => a.Name).FirstAsync(cancellationToken);
        Team = await db.Set<Team>().Where(t => t.Id == session.TeamId).Select(t => t.Name).FirstAsync(cancellationToken);
        Given = await db.Set<ShadowingFeedback>().AsNoTracking().FirstOrDefaultAsync(f => f.SessionId == id, cancellationToken);
        TooEarly = session.Date > await calendar.TodayAsync(cancellationToken);
        return true;
    }
}
