using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Supervision;

/// <summary>
/// A supervisor records a 1:1 with one person they supervise: strengths, growth areas, agreed actions and, for
/// a reflective meeting, a note on each RELATE area. The person's open actions come back here to be closed.
/// </summary>
[Authorize(Policy = TrainingPermissions.Supervise)]
public sealed class NewModel(
    AppDbContext db, StaffAccess access, CoalitionCalendar calendar, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid Staff { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public MeetingType? ChosenType { get; set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<OpenAction> Open { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SupervisorAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        Input.HeldOn = await calendar.TodayAsync(cancellationToken);
        Input.Type = ChosenType ?? MeetingType.Regular;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await SupervisorAsync(cancellationToken) is not { } supervisor)
        {
            return NotFound();
        }

        var today = await calendar.TodayAsync(cancellationToken);
        if (Input.HeldOn is { } held && (held > today || held < today.AddYears(-1)))
        {
            ModelState.AddModelError("Input.HeldOn", text["Enter a date in the last year, and not in the future."]);
        }

        if (!Enum.IsDefined(Input.Type))
        {
            Input.Type = MeetingType.Regular;
        }

        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var a = Input.Actions[i];
            if (!string.IsNullOrWhiteSpace(a.Text) && a.DueOn is null)
            {
                ModelState.AddModelError($"Input.Actions[{i}].DueOn", text["Enter when the action is due."]);
            }
            else if (string.IsNullOrWhiteSpace(a.Text) && a.DueOn is not null)
            {
                ModelState.AddModelError($"Input.Actions[{i}].Text", text["Write the action, or clear its due date."]);
            }
            else if (a.DueOn is { } due && Input.HeldOn is { } on && due < on)
            {
                ModelState.AddModelError($"Input.Actions[{i}].DueOn", text["The due date cannot be before the meeting."]);
            }

            if (!Enum.IsDefined(a.Owner))
            {
                ModelState.AddModelError($"Input.Actions[{i}].Owner", text["Choose who does the action."]);
            }
        }

        foreach (var (area, note) in Input.Notes)
        {
            if (!Enum.IsDefined(area))
            {
                ModelState.AddModelError("Input.Notes", text["Choose areas from the list."]);
            }
            else if (note?.Length > 2000)
            {
                ModelState.AddModelError($"Input.Notes[{area}]", text["Keep this to 2,000 characters or fewer."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var meeting = new SupervisionMeeting
        {
            StaffMemberId = Staff,
            SupervisorStaffId = supervisor,
            HeldOn = Input.HeldOn!.Value,
            Type = Input.Type,
            Strengths = Formats.Clean(Input.Strengths),
            GrowthAreas = Formats.Clean(Input.GrowthAreas),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(meeting);
        if (meeting.Type == MeetingType.Reflective)
        {
            foreach (var (area, note) in Input.Notes.Where(n => Enum.IsDefined(n.Key) && !string.IsNullOrWhiteSpace(n.Value)).OrderBy(n => n.Key))
            {
                db.Add(new ReflectiveNote { MeetingId = meeting.Id, Area = area, Note = note!.Trim() });
            }
        }

        foreach (var a in Input.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Text)))
        {
            db.Add(new SupervisionAction { MeetingId = meeting.Id, StaffMemberId = Staff, Text = a.Text!.Trim(), Owner = a.Owner, DueOn = a.DueOn!.Value });
        }

        var closing = await db.Set<SupervisionAction>()
            .Where(a => a.StaffMemberId == Staff && a.ClosedOn == null && Input.Close.Contains(a.Id))
            .ToListAsync(cancellationToken);
        foreach (var action in closing)
        {
            action.Close(meeting.Id, meeting.HeldOn);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The meeting with {0} was recorded.", Name].Value;
        return Redirect($"/Training/Supervision/{meeting.Id}");
    }

    /// <summary>The user's staff id when <see cref="Staff"/> is someone they supervise; loads what the form shows.</summary>
    private async Task<Guid?> SupervisorAsync(CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        if (me is not { } supervisor)
        {
            return null;
        }

        var person = await access.SupervisedBy(db.Set<StaffMember>(), supervisor)
            .Where(s => s.Id == Staff)
            .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName)
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        Name = person;
        Open = await db.Set<SupervisionAction>().AsNoTracking()
            .Where(a => a.StaffMemberId == Staff && a.ClosedOn == null)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new OpenAction(a.Id, a.Text, a.Owner, a.DueOn))
            .Take(100)
            .ToListAsync(cancellationToken);
        return supervisor;
    }

    public sealed record OpenAction(Guid Id, string Text, ActionOwner Owner, DateOnly DueOn);
}
