using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Network;

/// <summary>Who becomes a coalition's first admin: they get an invitation e-mail in the language chosen here.</summary>
public sealed class AdminInvitationInput
{
    [Required(ErrorMessage = "Enter the e-mail address of the person who will run the coalition in Bridgework.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [MaxLength(256, ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [Display(Name = "Coalition admin’s e-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the coalition admin’s name.")]
    [MaxLength(200, ErrorMessage = "Use at most 200 characters for the name.")]
    [Display(Name = "Coalition admin’s name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose the language of the invitation.")]
    [RegularExpression("^(en|es)$", ErrorMessage = "Choose the language of the invitation.")]
    [Display(Name = "Language of the invitation")]
    public string Language { get; set; } = "en";
}
