using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>What the schedule-a-session form sends.</summary>
public sealed class SessionInput
{
    [Required(ErrorMessage = "Choose the course this session teaches.")]
    [Display(Name = "Course")]
    public Guid? CourseId { get; set; }

    [Required(ErrorMessage = "Enter the session’s date.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the start time.")]
    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Enter the end time.")]
    [Display(Name = "Ends at")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(300, ErrorMessage = "Keep the place to 300 characters or fewer.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Keep the link to 500 characters or fewer.")]
    [Url(ErrorMessage = "Enter the meeting link as a full web address, starting with https://.")]
    [Display(Name = "Meeting link")]
    public string? Link { get; set; }

    [Required(ErrorMessage = "Enter how many people can attend.")]
    [Range(1, 500, ErrorMessage = "Enter a capacity from 1 to 500 people.")]
    [Display(Name = "Capacity")]
    public int? Capacity { get; set; } = 20;
}
