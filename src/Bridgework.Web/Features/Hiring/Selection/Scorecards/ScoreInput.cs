using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Selection.Scorecards;

/// <summary>What the scorecard form sends: a score from 1 to 4 per quality, a recommendation and comments.</summary>
public sealed class ScoreInput
{
    public Dictionary<Guid, int?> Ratings { get; set; } = [];

    [Required(ErrorMessage = "Choose your overall recommendation.")]
    [Display(Name = "Your recommendation")]
    public Recommendation? Recommendation { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the comments to 2,000 characters or fewer.")]
    [Display(Name = "Comments")]
    public string? Comments { get; set; }
}
