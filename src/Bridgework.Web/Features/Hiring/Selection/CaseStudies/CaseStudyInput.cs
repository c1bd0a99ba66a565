using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Selection.CaseStudies;

/// <summary>What the new and edit forms of a case study send.</summary>
public sealed class CaseStudyInput
{
    [Required(ErrorMessage = "Enter a short title.")]
    [StringLength(200, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Describe the situation the candidate talks through.")]
    [StringLength(4000, ErrorMessage = "Keep the scenario to 4,000 characters or fewer.")]
    [Display(Name = "Scenario")]
    public string Scenario { get; set; } = "";

    [Required(ErrorMessage = "Say what a good answer shows, so every panelist listens for the same things.")]
    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "What good answers show")]
    public string GoodAnswers { get; set; } = "";

    [Required(ErrorMessage = "Choose the language the case study is written in.")]
    [Display(Name = "Language")]
    public string Language { get; set; } = "en";

    [Display(Name = "Archived: no longer offered to candidates")]
    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public static CaseStudyInput From(CaseStudy c) => new()
    {
        Title = c.Title,
        Scenario = c.Scenario,
        GoodAnswers = c.GoodAnswers,
        Language = c.Language,
        IsArchived = c.IsArchived,
        Version = c.Version,
    };

    public void ApplyTo(CaseStudy c)
    {
        c.Title = Title.Trim();
        c.Scenario = Scenario.Trim();
        c.GoodAnswers = GoodAnswers.Trim();
        c.Language = Language;
        c.IsArchived = IsArchived;
    }
}
