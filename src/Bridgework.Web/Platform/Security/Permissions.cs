using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Named permissions granted by role. Each module declares its own permissions and grants them in
/// its Add&lt;Module&gt;() through <see cref="PermissionGrants"/>; pages require them by name.
/// </summary>
public static class PlatformPermissions
{
    public const string ManageCoalitions = "network.coalitions.manage";
    public const string ManageUsers = "platform.users.manage";
    public const string ReadAudit = "platform.audit.read";
    public const string SignedIn = "platform.signed_in";
}

public sealed class PermissionGrants
{
    private readonly Dictionary<CoalitionRole, HashSet<string>> _byRole = [];
    private readonly HashSet<string> _networkAdmin = [];

    public PermissionGrants Grant(string permission, params CoalitionRole[] roles)
    {
        foreach (var role in roles)
        {
            if (!_byRole.TryGetValue(role, out var set))
            {
                _byRole[role] = set = [];
            }

            set.Add(permission);
        }

        return this;
    }

    public PermissionGrants GrantNetworkAdmin(string permission)
    {
        _networkAdmin.Add(permission);
        return this;
    }

    public bool Allows(CoalitionRole? role, bool isNetworkAdmin, string permission) =>
        permission == PlatformPermissions.SignedIn
        || (isNetworkAdmin && _networkAdmin.Contains(permission))
        || (role is { } r && _byRole.TryGetValue(r, out var set) && set.Contains(permission));
}
