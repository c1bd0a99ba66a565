using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>Puts Identity's complaints about a new password beside the field, in the user's language.</summary>
internal static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    public static void AddErrors(ModelStateDictionary modelState, string field, IdentityResult result, IStringLocalizer<AccountText> text)
    {
        foreach (var error in result.Errors)
        {
            var message = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => text["Use at least 12 characters."],
                // The common-password check already speaks the user's language.
                _ => error.Description,
            };
            modelState.AddModelError(field, message);
        }
    }
}
