using Bridgework.Web.Features.People.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.People.Me;

/// <summary>
/// The signed-in person's own profile, found by their user account. Workers hold no People permission;
/// this page needs only a signed-in user, and shows nobody but themself.
/// </summary>
public sealed class IndexModel(StaffAccess access, StaffProfiles profiles) : PageModel
{
    public ProfileView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        if (viewer.StaffId is { } me && await profiles.FindAsync(me, cancellationToken) is { } profile)
        {
            var lived = await profiles.LivedExperienceAsync(me, cancellationToken);
            View = new ProfileView(profile, lived, CanEdit: viewer.SeesEveryone, IsSelf: true, LinkSupervisor: false);
        }
    }
}
