using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Requirements;

/// <summary>What the requirement form sends.</summary>
public sealed class RequirementInput
{
    [Required(ErrorMessage = "Enter the requirement’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Period")]
    public RequirementPeriod Period { get; set; }

    [Range(1, 10, ErrorMessage = "Enter a cycle from 1 to 10 years.")]
    [Display(Name = "Cycle in years")]
    public int CycleYears { get; set; } = 1;

    [Range(typeof(decimal), "0", "500", ErrorMessage = "Enter hours from 0 to 500.")]
    [Display(Name = "Hours per period")]
    public decimal Hours { get; set; }

    [Range(typeof(decimal), "0", "500", ErrorMessage = "Enter law-and-ethics hours from 0 to 500.")]
    [Display(Name = "Of which in law and ethics")]
    public decimal LawAndEthicsHours { get; set; }

    [StringLength(500, ErrorMessage = "Keep the source to 500 characters or fewer.")]
    [Display(Name = "Source")]
    public string? Source { get; set; }

    public Guid Version { get; set; }
}
