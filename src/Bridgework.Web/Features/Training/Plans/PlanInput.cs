using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>What the onboarding plan form sends: a name, a job family and rows of course and days.</summary>
public sealed class PlanInput
{
    [Required(ErrorMessage = "Enter the plan’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Job family")]
    public JobFamily JobFamily { get; set; }

    public List<PlanRow> Rows { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class PlanRow
{
    [Display(Name = "Course")]
    public Guid? CourseId { get; set; }

    [Range(0, 730, ErrorMessage = "Enter days from 0 to 730.")]
    [Display(Name = "Due after (days)")]
    public int? DueAfterDays { get; set; }
}
