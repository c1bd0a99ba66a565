using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Competencies;

/// <summary>What the competency form sends: its name, what it means and the level every worker is expected to reach.</summary>
public sealed class CompetencyInput
{
    [Required(ErrorMessage = "Enter the competency’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Keep the description to 1,000 characters or fewer.")]
    [Display(Name = "What it means")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose the target level.")]
    [EnumDataType(typeof(Proficiency), ErrorMessage = "Choose the target level from the list.")]
    [Display(Name = "Target level")]
    public Proficiency? TargetLevel { get; set; } = Proficiency.Proficient;

    public Guid Version { get; set; }
}
