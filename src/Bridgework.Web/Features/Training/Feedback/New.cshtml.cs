using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Feedback;

/// <summary>
/// A worker rates the supervision they get from each of their supervisors, at most once a quarter. The answer
/// is stored without their name; their supervisor and the program lead see it only inside a group of five or more.
/// </summary>
public sealed class NewModel(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public Guid? Me { get; private set; }

    public Quarter Period { get; private set; }

    /// <summary>The user's supervisors not yet rated this quarter.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Supervisors { get; private set; } = [];

    public bool RatedAll { get; private set; }

    public static readonly (string Field, string Question)[] Items =
    [
        (nameof(FeedbackInput.MakesTime), "My supervisor makes time for me."),
        (nameof(FeedbackInput.HardCases), "My supervisor helps me with hard cases."),
        (nameof(FeedbackInput.LivedExperience), "My supervisor respects my lived experience."),
        (nameof(FeedbackInput.Wellbeing), "My supervisor supports my wellbeing."),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Supervisors.Count == 1)
        {
            Input.SupervisorId = Supervisors[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Me is not { } me)
        {
            return NotFound();
        }

        if (Input.SupervisorId is not { } supervisor || Supervisors.All(s => s.Id != supervisor))
        {
            ModelState.AddModelError("Input.SupervisorId", RatedAll && Input.SupervisorId is not null
                ? text["You already rated this supervisor this quarter. You can rate them again next quarter."]
                : text["Choose your supervisor from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new FeedbackReceipt { StaffMemberId = me, SupervisorStaffId = Input.SupervisorId!.Value, Year = Period.Year, Quarter = Period.Number });
        db.Add(new SupervisionFeedback
        {
            SupervisorStaffId = Input.SupervisorId!.Value,
            Year = Period.Year,
            Quarter = Period.Number,
            MakesTime = Input.MakesTime!.Value,
            HardCases = Input.HardCases!.Value,
            LivedExperience = Input.LivedExperience!.Value,
            Wellbeing = Input.Wellbeing!.Value,
            Comment = Formats.Clean(Input.Comment),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two answers sent at once: the unique receipt lets one through.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.SupervisorId", text["You already rated this supervisor this quarter. You can rate them again next quarter."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = text["Thank you. Your answer is kept without your name and shown only together with at least four others."].Value;
        return Redirect("/Training/Supervision");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        Period = Quarter.Of(await calendar.TodayAsync(cancellationToken));
        if (Me is not { } me)
        {
            return;
        }

        var staff = db.Set<StaffMember>();
        var teams = db.Set<Team>().Where(t => !t.IsArchived && t.SupervisorId != null && db.Set<TeamMember>().Any(m => m.TeamId == t.Id && m.StaffMemberId == me));
        var all = await staff
            .Where(s => s.Id != me && (staff.Any(x => x.Id == me && x.SupervisorId == s.Id) || teams.Any(t => t.SupervisorId == s.Id)))
            .Select(s => new
            {
                s.Id,
                Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                Rated = db.Set<FeedbackReceipt>().Any(r => r.StaffMemberId == me && r.SupervisorStaffId == s.Id && r.Year == Period.Year && r.Quarter == Period.Number),
            })
            .OrderBy(s => s.Name)
            .Take(20)
            .ToListAsync(cancellationToken);
        Supervisors = all.Where(s => !s.Rated).Select(s => (s.Id, s.Name)).ToList();
        RatedAll = all.Count > 0 && Supervisors.Count == 0;
    }
}

public sealed class FeedbackInput
{
    [Display(Name = "Supervisor")]
    public Guid? SupervisorId { get; set; }

    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? MakesTime { get; set; }

    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? HardCases { get; set; }

    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? LivedExperience { get; set; }

    [Required(ErrorMessage = "Choose a number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Choose a number from 1 to 5.")]
    public int? Wellbeing { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the comment to 1,000 characters or fewer.")]
    [Display(Name = "Anything else you want your supervisor to know (optional)")]
    public string? Comment { get; set; }

    public int? Value(string field) => field switch
    {
        nameof(MakesTime) => MakesTime,
        nameof(HardCases) => HardCases,
        nameof(LivedExperience) => LivedExperience,
        nameof(Wellbeing) => Wellbeing,
        _ => null,
    };
}
