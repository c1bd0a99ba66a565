using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Training.Courses;

/// <summary>What the new and edit forms of a course send.</summary>
public sealed class CourseInput
{
    [Required(ErrorMessage = "Enter the course title.")]
    [StringLength(200, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Keep the description to 2,000 characters or fewer.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Kind")]
    public CourseKind Kind { get; set; }

    [Display(Name = "Format")]
    public CourseFormat Format { get; set; }

    [Required(ErrorMessage = "Enter the course hours, for example 2 or 1.5.")]
    [Range(typeof(decimal), "0.25", "200", ErrorMessage = "Enter hours between 0.25 and 200.")]
    [Display(Name = "Hours")]
    public decimal? Hours { get; set; }

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [StringLength(200, ErrorMessage = "Keep the provider to 200 characters or fewer.")]
    [Display(Name = "Provider")]
    public string? Provider { get; set; }

    [Display(Name = "Counts toward")]
    public Guid? RequirementId { get; set; }

    [Display(Name = "Hours count toward law and ethics")]
    public bool IsLawAndEthics { get; set; }

    [Display(Name = "Credential it grants")]
    public CredentialType? GrantsCredential { get; set; }

    [Range(1, 10, ErrorMessage = "Enter how many years the credential lasts, from 1 to 10.")]
    [Display(Name = "Years the credential lasts")]
    public int? CredentialValidYears { get; set; }

    [Display(Name = "Competencies it builds")]
    public List<Guid> CompetencyIds { get; set; } = [];

    public Guid Version { get; set; }

    public static CourseInput From(Course c) => new()
    {
        Title = c.Title,
        Description = c.Description,
        Kind = c.Kind,
        Format = c.Format,
        Hours = c.Hours,
        Languages = c.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Provider = c.Provider,
        RequirementId = c.RequirementId,
        IsLawAndEthics = c.IsLawAndEthics,
        GrantsCredential = c.GrantsCredential,
        CredentialValidYears = c.CredentialValidYears,
        CompetencyIds = c.Competencies.Select(x => x.CompetencyId).ToList(),
        Version = c.Version,
    };

    public void ApplyTo(Course c)
    {
        c.Title = Title.Trim();
        c.Description = Formats.Clean(Description);
        c.Kind = Kind;
        c.Format = Format;
        c.Hours = Hours ?? 0;
        c.Languages = string.Join(",", Languages.Distinct());
        c.Provider = Formats.Clean(Provider);
        c.RequirementId = RequirementId;
        c.IsLawAndEthics = IsLawAndEthics;
        c.GrantsCredential = GrantsCredential;
        c.CredentialValidYears = GrantsCredential is null ? null : CredentialValidYears;
    }
}
