using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>
/// Attendance on a phone: a checkbox per person holding a seat. Saving creates a completion record for each
/// person checked, with the course's hours counted toward its requirement. Saving again adds only those
/// not yet recorded.
/// </summary>
[Authorize(Policy = TrainingPermissions.RunSessions)]
public sealed class AttendanceModel(AppDbContext db, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    public Guid Id { get; private set; }

    public string Course { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public IReadOnlyList<(Guid StaffId, string Name, bool Attended)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var seated = People.Select(p => p.StaffId).ToHashSet();
        var chosen = Attended.Where(seated.Contains).ToHashSet();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Attended), text["Check at least one person who attended."]);
            return Page();
        }

        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == session.CourseId, cancellationToken);
        var signUps = await db.Set<SessionSignUp>().Where(u => u.SessionId == id && chosen.Contains(u.StaffMemberId)).ToListAsync(cancellationToken);
        var recorded = await db.Set<CompletionRecord>().Where(c => c.SessionId == id).Select(c => c.StaffMemberId).ToListAsync(cancellationToken);
        var who = User.Identity?.Name;
        foreach (var signUp in signUps.Where(u => !recorded.Contains(u.StaffMemberId)))
        {
            signUp.Attended = true;
            db.Add(new CompletionRecord
            {
                StaffMemberId = signUp.StaffMemberId,
                CourseId = course.Id,
                SessionId = id,
                Title = course.Title,
                CompletedOn = session.Date,
                Hours = course.Hours,
                RequirementId = course.RequirementId,
                IsLawAndEthics = course.IsLawAndEthics,
                EvidenceNote = $"Attendance taken at the session of {session.Date:yyyy-MM-dd} by {who}.",
            });
        }

        session.AttendanceTakenAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Attendance saved: {0} people get {1} hours of {2}.", chosen.Count, TrainingLabels.Hours(course.Hours), course.Title].Value;
        return Redirect($"/Training/Sessions/{id}");
    }

    private async Task<TrainingSession?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        Id = id;
        Date = session.Date;
        Course = await db.Set<Course>().Where(c => c.Id == session.CourseId).Select(c => c.Title).FirstAsync(cancellationToken);
        // Those holding a seat: the first Capacity sign-ups.
        People = (await db.Set<SessionSignUp>().AsNoTracking()
            .Where(u => u.SessionId == id)
            .OrderBy(u => u.SignedUpAt).ThenBy(u => u.Id)
            .Take(session.Capacity)
            .Join(db.Set<StaffMember>(), u => u.StaffMemberId, s => s.Id, (u, s) => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, u.Attended })
            .ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Name, p.Attended)).ToList();
        return session;
    }
}
