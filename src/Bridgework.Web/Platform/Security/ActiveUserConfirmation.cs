using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Identity asks this before every sign-in (password, two-factor, recovery code): a disabled user is
/// refused before their password is even checked, with the same message as a wrong password.
/// </summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.IsDisabled);
}
