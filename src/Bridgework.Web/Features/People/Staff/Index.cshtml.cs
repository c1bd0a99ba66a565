using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// A staff profile. No permission on the page itself: coalition admins open any record, supervisors their
/// own people, and everyone their own record; anything else answers 404.
/// </summary>
public sealed class IndexModel(StaffAccess access, StaffProfiles profiles) : PageModel
{
    public ProfileView View { get; private set; } = null!;

    /// <summary>Workers have no directory: their way back is their own profile.</summary>
    public bool CanList { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        if (!await access.MayOpenAsync(viewer, id, cancellationToken))
        {
            return NotFound();
        }

        var profile = await profiles.FindAsync(id, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        CanList = viewer.SeesEveryone || viewer.SeesOwnPeople;
        var lived = viewer.MaySeeLivedExperienceOf(id) ? await profiles.LivedExperienceAsync(id, cancellationToken) : null;
        View = new ProfileView(profile, lived, CanEdit: viewer.SeesEveryone, IsSelf: viewer.StaffId == id, LinkSupervisor: viewer.SeesEveryone, InDirectory: CanList);
        return Page();
    }
}
