using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>What the outside-training form sends, besides the certificate file.</summary>
public sealed class OutsideInput
{
    [Required(ErrorMessage = "Enter the name of the training.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Training")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the provider to 200 characters or fewer.")]
    [Display(Name = "Who gave it")]
    public string? Provider { get; set; }

    [Required(ErrorMessage = "Enter the date you finished it.")]
    [Display(Name = "Date finished")]
    public DateOnly? CompletedOn { get; set; }

    [Required(ErrorMessage = "Enter the hours.")]
    [Range(typeof(decimal), "0.25", "200", ErrorMessage = "Enter hours from 0.25 to 200.")]
    [Display(Name = "Hours")]
    public decimal? Hours { get; set; }

    [Display(Name = "Counts toward")]
    public Guid? RequirementId { get; set; }

    [Display(Name = "These hours are in law and ethics")]
    public bool IsLawAndEthics { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the note to 1,000 characters or fewer.")]
    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }
}
