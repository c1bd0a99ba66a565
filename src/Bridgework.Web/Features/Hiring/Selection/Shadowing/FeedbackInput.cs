using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>The host's short feedback after field shadowing.</summary>
public sealed class FeedbackInput
{
    [Required(ErrorMessage = "Choose one answer.")]
    [Display(Name = "How did they relate to clients?")]
    public FieldObservation? RelatingToClients { get; set; }

    [Required(ErrorMessage = "Choose one answer.")]
    [Display(Name = "Were they curious: did they ask and want to learn?")]
    public FieldObservation? Curiosity { get; set; }

    [Required(ErrorMessage = "Choose one answer.")]
    [Display(Name = "Did they keep healthy boundaries?")]
    public FieldObservation? Boundaries { get; set; }

    [Required(ErrorMessage = "Choose yes, maybe or no.")]
    [Display(Name = "Would you want to work with them?")]
    public WouldWorkWith? WouldWorkWith { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the comments to 2,000 characters or fewer.")]
    [Display(Name = "Comments")]
    public string? Comments { get; set; }
}
