using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>
/// One promotion review. The coalition admin approves it (the placement is recorded from the effective date)
/// or returns it with a reason; the supervisor revises a returned review and sends it again.
/// </summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class ReviewModel(
    AppDbContext db, PromotionAccess access, PromotionChecklist checklist, ApprovePromotion approve, TimeProvider clock,
    IStringLocalizer<CareersText> text) : PageModel
{
    public PromotionReview Review { get; private set; } = null!;

    public string WorkerName { get; private set; } = "";

    public string SupervisorName { get; private set; } = "";

    public string? FromLevel { get; private set; }

    public LadderLevel? ProposedLevel { get; private set; }

    public bool CanDecide { get; private set; }

    public bool CanRevise { get; private set; }

    public PromotionChecklist.Standing? Standing { get; private set; }

    [BindProperty]
    public Guid DecisionVersion { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "Keep the reason to 2,000 characters or fewer.")]
    [Display(Name = "Reason for returning it")]
    public string? Reason { get; set; }

    [BindProperty]
    public PromotionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new PromotionInput
        {
            LevelId = Review.ProposedLevelId, Step = Review.ProposedStep, EffectiveDate = Review.EffectiveDate,
            Justification = Review.Justification, Version = Review.Version,
        };
        DecisionVersion = Review.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        ClearOthers(nameof(DecisionVersion));
        var review = await db.Set<PromotionReview>().FirstAsync(r => r.Id == id, cancellationToken);
        db.Entry(review).Property(r => r.Version).OriginalValue = DecisionVersion;
        var problem = await approve.HandleAsync(review, User.UserId()!.Value, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError(string.Empty, text[problem]);
            return Page();
        }

        return await SaveAsync(text["Approved. {0} is placed on the new level from {1}.", WorkerName, review.EffectiveDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], id, cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        ClearOthers(nameof(DecisionVersion), nameof(Reason));
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Write why you are returning the review, so the supervisor knows what to change."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var review = await db.Set<PromotionReview>().FirstAsync(r => r.Id == id, cancellationToken);
        db.Entry(review).Property(r => r.Version).OriginalValue = DecisionVersion;
        review.Return(Reason!.Trim(), User.UserId()!.Value, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(text["The review is returned to the supervisor with your reason."], id, cancellationToken);
    }

    public async Task<IActionResult> OnPostResubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanRevise)
        {
            return Forbid();
        }

        ClearOthers("Input.");
        foreach (var (field, message, args) in Input.Problems(Standing!))
        {
            ModelState.AddModelError("Input." + field, text[message, args]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var review = await db.Set<PromotionReview>().FirstAsync(r => r.Id == id, cancellationToken);
        db.Entry(review).Property(r => r.Version).OriginalValue = Input.Version;
        review.ProposedLevelId = Input.LevelId!.Value;
        review.ProposedStep = Input.Step;
        review.EffectiveDate = Input.EffectiveDate!.Value;
        review.Justification = Input.Justification!.Trim();
        review.Checklist = Standing!.Snapshot;
        review.Status = PromotionStatus.Submitted;
        review.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(text["The revised review is sent to the coalition admin again."], id, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string flash, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            DecisionVersion = Review.Version;
            Input.Version = Review.Version;
            ModelState.AddModelError(string.Empty, text["Someone else changed this review while you were looking at it. Check it again below."]);
            return Page();
        }

        TempData["Flash"] = flash;
        return Redirect($"/Careers/Promotions/{id}");
    }

    private void ClearOthers(params string[] keep)
    {
        foreach (var key in ModelState.Keys.ToList().Where(k => !keep.Any(p => k == p || (p.EndsWith('.') && k.StartsWith(p, StringComparison.Ordinal)))))
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await (await access.VisibleAsync(User, cancellationToken)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return false;
        }

        Review = review;
        var names = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Id == review.StaffMemberId || s.Id == review.SupervisorStaffId)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .ToListAsync(cancellationToken);
        WorkerName = names.FirstOrDefault(n => n.Id == review.StaffMemberId)?.Name ?? "";
        SupervisorName = names.FirstOrDefault(n => n.Id == review.SupervisorStaffId)?.Name ?? "";
        ProposedLevel = await db.Set<LadderLevel>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == review.ProposedLevelId, cancellationToken);
        FromLevel = review.FromLevelId is { } from
            ? await db.Set<LadderLevel>().Where(l => l.Id == from).Select(l => l.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        CanDecide = access.IsAdmin(User) && review.Status == PromotionStatus.Submitted;
        var me = await access.SupervisorStaffIdAsync(User, cancellationToken);
        CanRevise = review.Status == PromotionStatus.Returned && me == review.SupervisorStaffId;
        if (CanRevise)
        {
            Standing = await checklist.ForAsync(review.StaffMemberId, cancellationToken);
            var currentRank = Standing!.Levels.FirstOrDefault(l => l.Id == Standing.CurrentLevelId)?.Rank ?? 0;
            ViewData["Levels"] = Standing.Levels.Where(l => l.Rank > currentRank).ToList();
        }

        return true;
    }
}
