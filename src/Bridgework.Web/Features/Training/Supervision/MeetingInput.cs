using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Supervision;

/// <summary>What the meeting form sends.</summary>
public sealed class MeetingInput
{
    public const int ActionRows = 3;

    [Required(ErrorMessage = "Enter the date of the meeting.")]
    [Display(Name = "Date of the meeting")]
    public DateOnly? HeldOn { get; set; }

    public MeetingType Type { get; set; }

    [StringLength(2000, ErrorMessage = "Keep this to 2,000 characters or fewer.")]
    [Display(Name = "Strengths")]
    public string? Strengths { get; set; }

    [StringLength(2000, ErrorMessage = "Keep this to 2,000 characters or fewer.")]
    [Display(Name = "Growth areas")]
    public string? GrowthAreas { get; set; }

    /// <summary>One note per RELATE area, for reflective meetings.</summary>
    public Dictionary<RelateArea, string?> Notes { get; set; } = [];

    public List<ActionInput> Actions { get; set; } = [.. Enumerable.Range(0, ActionRows).Select(_ => new ActionInput())];

    /// <summary>Open actions marked closed at this meeting.</summary>
    public List<Guid> Close { get; set; } = [];
}

public sealed class ActionInput
{
    [StringLength(500, ErrorMessage = "Keep the action to 500 characters or fewer.")]
    [Display(Name = "Action")]
    public string? Text { get; set; }

    [Display(Name = "Who does it")]
    public ActionOwner Owner { get; set; }

    [Display(Name = "Due")]
    public DateOnly? DueOn { get; set; }
}
