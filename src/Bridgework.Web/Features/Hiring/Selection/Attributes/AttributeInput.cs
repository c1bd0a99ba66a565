using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Selection.Attributes;

/// <summary>A scoring quality and the short anchor that says what each score from 1 to 4 looks like.</summary>
public sealed class AttributeInput
{
    [Required(ErrorMessage = "Enter the quality’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Quality")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Say what a 1 looks like.")]
    [StringLength(300, ErrorMessage = "Keep each anchor to 300 characters or fewer.")]
    [Display(Name = "1 looks like")]
    public string Anchor1 { get; set; } = "";

    [Required(ErrorMessage = "Say what a 2 looks like.")]
    [StringLength(300, ErrorMessage = "Keep each anchor to 300 characters or fewer.")]
    [Display(Name = "2 looks like")]
    public string Anchor2 { get; set; } = "";

    [Required(ErrorMessage = "Say what a 3 looks like.")]
    [StringLength(300, ErrorMessage = "Keep each anchor to 300 characters or fewer.")]
    [Display(Name = "3 looks like")]
    public string Anchor3 { get; set; } = "";

    [Required(ErrorMessage = "Say what a 4 looks like.")]
    [StringLength(300, ErrorMessage = "Keep each anchor to 300 characters or fewer.")]
    [Display(Name = "4 looks like")]
    public string Anchor4 { get; set; } = "";

    [Display(Name = "Archived: no longer on new scorecards")]
    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public static AttributeInput From(ScoringAttribute a) => new()
    {
        Name = a.Name,
        Anchor1 = a.Anchor1,
        Anchor2 = a.Anchor2,
        Anchor3 = a.Anchor3,
        Anchor4 = a.Anchor4,
        IsArchived = a.IsArchived,
        Version = a.Version,
    };

    public void ApplyTo(ScoringAttribute a)
    {
        a.Name = Name.Trim();
        a.Anchor1 = Anchor1.Trim();
        a.Anchor2 = Anchor2.Trim();
        a.Anchor3 = Anchor3.Trim();
        a.Anchor4 = Anchor4.Trim();
        a.IsArchived = IsArchived;
    }
}
