using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Hiring.Postings;

/// <summary>What the new and edit forms of a posting send.</summary>
public sealed class PostingInput
{
    public Guid? TemplateId { get; set; }

    [Display(Name = "Role")]
    public HiringRole Role { get; set; }

    [Required(ErrorMessage = "Enter the job title candidates will see.")]
    [StringLength(200, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    [Display(Name = "Job title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Describe the duties in a few plain sentences.")]
    [StringLength(4000, ErrorMessage = "Keep the duties to 4,000 characters or fewer.")]
    [Display(Name = "What the job is")]
    public string Duties { get; set; } = "";

    [Required(ErrorMessage = "Say what lived experience and community ties count as experience.")]
    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "Experience we value")]
    public string ValuedExperience { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    [Display(Name = "Job title in Spanish")]
    public string? SpanishTitle { get; set; }

    [StringLength(4000, ErrorMessage = "Keep the duties to 4,000 characters or fewer.")]
    [Display(Name = "What the job is, in Spanish")]
    public string? SpanishDuties { get; set; }

    [StringLength(4000, ErrorMessage = "Keep this to 4,000 characters or fewer.")]
    [Display(Name = "Experience we value, in Spanish")]
    public string? SpanishValuedExperience { get; set; }

    [Display(Name = "Languages needed")]
    public List<string> Languages { get; set; } = [];

    [Required(ErrorMessage = "Choose the organization that hires.")]
    [Display(Name = "Organization")]
    public Guid? OrganizationId { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Required(ErrorMessage = "Enter the lowest hourly pay.")]
    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly pay between $1 and $500.")]
    [Display(Name = "Pay from (per hour)")]
    public decimal? PayMin { get; set; }

    [Required(ErrorMessage = "Enter the highest hourly pay.")]
    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly pay between $1 and $500.")]
    [Display(Name = "Pay up to (per hour)")]
    public decimal? PayMax { get; set; }

    [Required(ErrorMessage = "Enter the share of time in the field, from 0 to 100.")]
    [Range(0, 100, ErrorMessage = "Enter the share of time in the field, from 0 to 100.")]
    [Display(Name = "Time in the field (%)")]
    public int? FieldPercent { get; set; }

    [Required(ErrorMessage = "Enter how many people you will hire.")]
    [Range(1, 100, ErrorMessage = "Enter between 1 and 100 openings.")]
    [Display(Name = "Openings")]
    public int? Openings { get; set; } = 1;

    [Display(Name = "Closing date")]
    public DateOnly? ClosesOn { get; set; }

    public Guid Version { get; set; }

    public static PostingInput FromTemplate(RoleTemplate t) => new()
    {
        TemplateId = t.Id,
        Role = t.Role,
        Title = t.Title,
        Duties = t.Duties,
        ValuedExperience = t.ValuedExperience,
        FieldPercent = t.FieldPercent,
        Languages = ["en"],
    };

    public static PostingInput From(Posting p) => new()
    {
        TemplateId = p.TemplateId,
        Role = p.Role,
        Title = p.Title,
        Duties = p.Duties,
        ValuedExperience = p.ValuedExperience,
        SpanishTitle = p.SpanishTitle,
        SpanishDuties = p.SpanishDuties,
        SpanishValuedExperience = p.SpanishValuedExperience,
        Languages = [.. p.LanguageCodes],
        OrganizationId = p.OrganizationId,
        SiteId = p.SiteId,
        PayMin = p.PayMin,
        PayMax = p.PayMax,
        FieldPercent = p.FieldPercent,
        Openings = p.Openings,
        ClosesOn = p.ClosesOn,
        Version = p.Version,
    };

    public void ApplyTo(Posting p)
    {
        p.TemplateId = TemplateId;
        p.Role = Role;
        p.Title = Title.Trim();
        p.Duties = Duties.Trim();
        p.ValuedExperience = ValuedExperience.Trim();
        p.SpanishTitle = Formats.Clean(SpanishTitle);
        p.SpanishDuties = Formats.Clean(SpanishDuties);
        p.SpanishValuedExperience = Formats.Clean(SpanishValuedExperience);
        p.LanguagesNeeded = string.Join(',', Languages.Where(People.Languages.IsKnown).Distinct(StringComparer.Ordinal));
        p.OrganizationId = OrganizationId!.Value;
        p.SiteId = SiteId;
        p.PayMin = PayMin!.Value;
        p.PayMax = PayMax!.Value;
        p.FieldPercent = FieldPercent!.Value;
        p.Openings = Openings!.Value;
        p.ClosesOn = ClosesOn;
    }
}
