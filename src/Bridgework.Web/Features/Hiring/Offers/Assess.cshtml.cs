using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// The individualized assessment (Gov. Code §12952(c)(1)(A)): whether the conviction history has a direct and
/// adverse relationship with the job's specific duties, weighing its nature and gravity, the time passed, the
/// duties, and what the candidate shows of rehabilitation.
/// </summary>
public sealed class AssessModel(AppDbContext db, OfferSteps steps, IStringLocalizer<HiringText> text) : OfferStepPage(db, steps, text)
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var offer = await Steps.FindAsync(id, Version, cancellationToken);
        var outcome = await Steps.AssessAsync(offer!, Input.NatureAndGravity, Input.TimePassed, Input.JobDuties, Input.Mitigation, User, cancellationToken);
        return Answer(outcome, Text["The assessment is recorded. Decide to go ahead, or send a preliminary notice before any withdrawal."]);
    }
}

public sealed class AssessmentInput
{
    [Required(ErrorMessage = "Describe the nature and gravity of the offense.")]
    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "Nature and gravity of the offense")]
    public string NatureAndGravity { get; set; } = "";

    [Required(ErrorMessage = "Say how much time has passed since the offense and since any sentence was completed.")]
    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "Time passed since the offense and the sentence")]
    public string TimePassed { get; set; } = "";

    [Required(ErrorMessage = "Describe the duties of this job and how, if at all, the offense bears on them.")]
    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "The job’s duties and how they relate")]
    public string JobDuties { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "Evidence of rehabilitation or mitigating circumstances")]
    public string? Mitigation { get; set; }
}
