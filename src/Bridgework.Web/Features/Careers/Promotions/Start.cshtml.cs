using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>A supervisor opens a worker's checklist for the next level and sends a promotion review to the coalition admin.</summary>
[Authorize(Policy = CareersPermissions.Promote)]
public sealed class StartModel(
    AppDbContext db, PromotionAccess access, PromotionChecklist checklist, CoalitionCalendar calendar, TimeProvider clock,
    IStringLocalizer<CareersText> text) : PageModel
{
    public PromotionChecklist.Standing Standing { get; private set; } = null!;

    public Guid? OpenReviewId { get; private set; }

    [BindProperty]
    public PromotionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.LevelId = Standing.NextLevel?.Id;
        Input.EffectiveDate = (await calendar.TodayAsync(cancellationToken)).AddDays(14);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (OpenReviewId is not null)
        {
            ModelState.AddModelError(string.Empty, text["A review for this worker is already open."]);
        }

        foreach (var (field, message, args) in Input.Problems(Standing))
        {
            ModelState.AddModelError("Input." + field, text[message, args]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var me = (await access.SupervisorStaffIdAsync(User, cancellationToken))!.Value;
        var review = new PromotionReview
        {
            StaffMemberId = id,
            SupervisorStaffId = me,
            FromLevelId = Standing.CurrentLevelId,
            ProposedLevelId = Input.LevelId!.Value,
            ProposedStep = Input.Step,
            EffectiveDate = Input.EffectiveDate!.Value,
            Justification = Input.Justification!.Trim(),
            Checklist = Standing.Snapshot,
            Status = PromotionStatus.Submitted,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The promotion review for {0} is sent to the coalition admin.", Standing.Name].Value;
        return Redirect($"/Careers/Promotions/{review.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.SupervisorStaffIdAsync(User, cancellationToken) is not { } me || !await access.SupervisesAsync(me, id, cancellationToken))
        {
            return false;
        }

        Standing = (await checklist.ForAsync(id, cancellationToken))!;
        ViewData["Levels"] = Standing.Levels.Where(l => l.Rank > (Standing.Levels.FirstOrDefault(c => c.Id == Standing.CurrentLevelId)?.Rank ?? 0)).ToList();
        OpenReviewId = await db.Set<PromotionReview>()
            .Where(r => r.StaffMemberId == id && r.Status != PromotionStatus.Approved)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return true;
    }
}
