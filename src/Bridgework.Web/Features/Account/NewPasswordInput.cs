using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Account;

/// <summary>A new password typed twice, with the same rules everywhere one is chosen.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Choose a new password.")]
    [MinLength(PasswordRules.MinimumLength, ErrorMessage = "Use at least 12 characters.")]
    [MaxLength(PasswordRules.MaximumLength, ErrorMessage = "Use at most 256 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same. Type them again.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
