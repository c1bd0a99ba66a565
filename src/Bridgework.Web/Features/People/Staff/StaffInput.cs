using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>The staff record form, shared by New and Edit. Rules that need the database live in <see cref="SaveStaffMember"/>.</summary>
public sealed class StaffInput
{
    /// <summary>Blank language rows on the form, so several languages can be added without JavaScript.</summary>
    public const int MinimumLanguageRows = 4;

    [Required(ErrorMessage = "Enter the legal first name.")]
    [StringLength(100, ErrorMessage = "Keep the legal first name to 100 characters or fewer.")]
    [Display(Name = "Legal first name")]
    public string LegalFirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter the legal last name.")]
    [StringLength(100, ErrorMessage = "Keep the legal last name to 100 characters or fewer.")]
    [Display(Name = "Legal last name")]
    public string LegalLastName { get; set; } = "";

    [StringLength(100, ErrorMessage = "Keep the preferred name to 100 characters or fewer.")]
    [Display(Name = "Preferred name")]
    public string? PreferredName { get; set; }

    [StringLength(40, ErrorMessage = "Keep the pronouns to 40 characters or fewer.")]
    [Display(Name = "Pronouns")]
    public string? Pronouns { get; set; }

    [Required(ErrorMessage = "Choose a job family.")]
    [Display(Name = "Job family")]
    public JobFamily? JobFamily { get; set; }

    [StringLength(120, ErrorMessage = "Keep the job title to 120 characters or fewer.")]
    [Display(Name = "Job title")]
    public string? JobTitle { get; set; }

    [Required(ErrorMessage = "Choose the organization this person works for.")]
    [Display(Name = "Organization")]
    public Guid? OrganizationId { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Display(Name = "Supervisor")]
    public Guid? SupervisorId { get; set; }

    [Display(Name = "Hire date")]
    public DateOnly? HireDate { get; set; }

    [Required(ErrorMessage = "Enter the FTE, from 0.1 to 1.0.")]
    [Range(typeof(decimal), "0.1", "1.0", ParseLimitsInInvariantCulture = true, ErrorMessage = "Enter an FTE from 0.1 to 1.0 (1.0 is full time).")]
    [Display(Name = "FTE")]
    public decimal? Fte { get; set; } = 1.0m;

    [Required(ErrorMessage = "Choose a status.")]
    [Display(Name = "Status")]
    public EmploymentStatus? Status { get; set; } = EmploymentStatus.Active;

    [Display(Name = "Separation date")]
    public DateOnly? SeparationDate { get; set; }

    [StringLength(500, ErrorMessage = "Keep the separation reason to 500 characters or fewer.")]
    [Display(Name = "Separation reason")]
    public string? SeparationReason { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [StringLength(256, ErrorMessage = "Keep the e-mail address to 256 characters or fewer.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a phone number, like (559) 555-0134.")]
    [StringLength(40, ErrorMessage = "Keep the phone number to 40 characters or fewer.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "User account")]
    public Guid? UserId { get; set; }

    public List<LanguageRow> Languages { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>Pads the language rows with blank ones.</summary>
    public StaffInput WithBlankLanguageRows()
    {
        var wanted = Math.Max(MinimumLanguageRows, Languages.Count(l => !string.IsNullOrEmpty(l.Language)) + 2);
        while (Languages.Count < wanted)
        {
            Languages.Add(new LanguageRow());
        }

        return this;
    }

    public static StaffInput From(StaffMember s) => new StaffInput
    {
        LegalFirstName = s.LegalFirstName,
        LegalLastName = s.LegalLastName,
        PreferredName = s.PreferredName,
        Pronouns = s.Pronouns,
        JobFamily = s.JobFamily,
        JobTitle = s.JobTitle,
        OrganizationId = s.OrganizationId,
        SiteId = s.SiteId,
        SupervisorId = s.SupervisorId,
        HireDate = s.HireDate,
        Fte = s.Fte,
        Status = s.Status,
        SeparationDate = s.SeparationDate,
        SeparationReason = s.SeparationReason,
        Email = s.Email,
        Phone = s.Phone,
        UserId = s.UserId,
        Version = s.Version,
        Languages = s.Languages
            .OrderByDescending(l => l.Proficiency).ThenBy(l => l.Language)
            .Select(l => new LanguageRow { Language = l.Language, Proficiency = l.Proficiency })
            .ToList(),
    }.WithBlankLanguageRows();
}

public sealed class LanguageRow
{
    [Display(Name = "Language")]
    public string? Language { get; set; }

    [Display(Name = "Proficiency")]
    public LanguageProficiency? Proficiency { get; set; }
}
