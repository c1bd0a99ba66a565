using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Bridgework.Web.Platform.Localization;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Rejects passwords found on the list shipped with the app (Platform/Security/common-passwords.txt),
/// compared case-insensitively, as OWASP ASVS 2.1.7 asks instead of composition rules.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedText> text) : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Platform", "Security", "common-passwords.txt");
        return File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    public static bool IsCommon(string password) => List.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is not null && IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = text["This password is on a list of commonly used passwords. Choose another: a few unrelated words make a strong one."],
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
