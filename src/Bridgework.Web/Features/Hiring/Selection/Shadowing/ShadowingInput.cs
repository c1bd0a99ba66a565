using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>What the schedule and reschedule forms of a shadowing session send.</summary>
public sealed class ShadowingInput
{
    [Required(ErrorMessage = "Choose the team the candidate goes out with.")]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Required(ErrorMessage = "Choose the worker the candidate shadows.")]
    [Display(Name = "Host")]
    public Guid? HostStaffId { get; set; }

    [Required(ErrorMessage = "Enter the date.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the start time.")]
    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Enter the end time.")]
    [Display(Name = "Ends at")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "Say where the candidate meets the host.")]
    [StringLength(300, ErrorMessage = "Keep the place to 300 characters or fewer.")]
    [Display(Name = "Where to meet")]
    public string Place { get; set; } = "";

    public Guid Version { get; set; }

    public static ShadowingInput From(ShadowingSession s) => new()
    {
        TeamId = s.TeamId,
        HostStaffId = s.HostStaffId,
        Date = s.Date,
        StartTime = s.StartTime,
        EndTime = s.EndTime,
        Place = s.Place,
        Version = s.Version,
    };

    public void ApplyTo(ShadowingSession s)
    {
        s.TeamId = TeamId!.Value;
        s.HostStaffId = HostStaffId!.Value;
        s.Date = Date!.Value;
        s.StartTime = StartTime!.Value;
        s.EndTime = EndTime!.Value;
        s.Place = Place.Trim();
    }
}
