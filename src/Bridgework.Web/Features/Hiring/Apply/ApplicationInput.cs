using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Hiring.Apply;

/// <summary>
/// The public application form. Short on purpose; no resume needed, and no question about conviction
/// history (California Fair Chance Act, Gov. Code §12952).
/// </summary>
public sealed class ApplicationInput
{
    /// <summary>Made when the form is shown; the same form sent twice makes one application.</summary>
    public Guid Key { get; set; }

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Keep your name to 200 characters or fewer.")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [StringLength(256, ErrorMessage = "Keep the e-mail address to 256 characters or fewer.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [RegularExpression(@"^[0-9 ()+.\-]{7,40}$", ErrorMessage = "Enter a phone number with at least 7 digits, like (559) 555-0123.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Tell us how you heard about this job.")]
    [Display(Name = "How did you hear about this job?")]
    public HeardFrom? HeardFrom { get; set; }

    [StringLength(200, ErrorMessage = "Keep this to 200 characters or fewer.")]
    [Display(Name = "Where, or who? (optional)")]
    public string? HeardFromDetail { get; set; }

    [Display(Name = "Languages you speak")]
    public List<string> Languages { get; set; } = [];

    [Required(ErrorMessage = "Tell us when you can work.")]
    [StringLength(1000, ErrorMessage = "Keep this to 1,000 characters or fewer.")]
    [Display(Name = "When can you work?")]
    public string Availability { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Keep this to 2,000 characters or fewer.")]
    [Display(Name = "Your ties to the community (optional)")]
    public string? CommunityConnection { get; set; }

    [StringLength(2000, ErrorMessage = "Keep this to 2,000 characters or fewer.")]
    [Display(Name = "Life experience you want us to know about (optional)")]
    public string? LivedExperience { get; set; }

    [StringLength(20, ErrorMessage = "Keep the referral code to 20 characters or fewer.")]
    [Display(Name = "Referral code (optional)")]
    public string? ReferralCode { get; set; }

    /// <summary>Where the link came from, such as "flyer" for the QR code on a printed flyer.</summary>
    public string? Source { get; set; }

    /// <summary>Hidden from people; a bot that fills every field fills this one.</summary>
    public string? Website { get; set; }
}
