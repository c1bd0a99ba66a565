using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>What a supervisor proposes: the level, step and date, and why.</summary>
public sealed class PromotionInput
{
    [Required(ErrorMessage = "Choose the level you propose.")]
    [Display(Name = "Proposed level")]
    public Guid? LevelId { get; set; }

    [Range(1, 20, ErrorMessage = "Enter a step from 1 to 20, or leave it empty.")]
    [Display(Name = "Proposed step")]
    public int? Step { get; set; }

    [Required(ErrorMessage = "Enter the date the promotion would take effect.")]
    [Display(Name = "Effective date")]
    public DateOnly? EffectiveDate { get; set; }

    [Required(ErrorMessage = "Write why this worker is ready for the level.")]
    [StringLength(4000, MinimumLength = 20, ErrorMessage = "Write at least 20 characters and no more than 4,000.")]
    [Display(Name = "Justification")]
    public string? Justification { get; set; }

    public Guid Version { get; set; }

    /// <summary>Rules that need the worker's ladder: a higher level than now, and a step the level has.</summary>
    public IEnumerable<(string Field, string Message, object[] Args)> Problems(PromotionChecklist.Standing standing)
    {
        var level = standing.Levels.FirstOrDefault(l => l.Id == LevelId);
        var currentRank = standing.Levels.FirstOrDefault(l => l.Id == standing.CurrentLevelId)?.Rank ?? 0;
        if (LevelId is not null && (level is null || level.Rank <= currentRank))
        {
            yield return (nameof(LevelId), "Choose a level above the worker’s current one.", []);
        }

        if (level is not null && Step is { } step && (level.Steps == 0 || step > level.Steps))
        {
            yield return level.Steps == 0
                ? (nameof(Step), "This level has no steps. Leave the step empty.", [])
                : (nameof(Step), "This level has steps 1 to {0}.", [level.Steps]);
        }
    }
}
