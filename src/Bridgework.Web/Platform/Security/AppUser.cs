using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Platform.Security;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "es"; mail to the user goes out in this language.</summary>
    public string PreferredCulture { get; set; } = "en";

    /// <summary>Statewide staff: manage coalitions and the shared library; no person-level data by this alone.</summary>
    public bool IsNetworkAdmin { get; set; }

    /// <summary>A disabled user cannot sign in and their open sessions end on their next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The coalition the user last chose to act for, among their memberships.</summary>
    public Guid? CurrentCoalitionId { get; set; }

    public DateTime CreatedAt { get; init; }
}
