namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Claim types. The sign-in cookie carries only who the user is; the coalition and role are read
/// fresh from the database on every request (see <see cref="SessionValidator"/>), so a change of
/// role or a disabled account takes effect at once.
/// </summary>
public static class BridgeworkClaims
{
    public const string Coalition = "bw:coalition";
    public const string Role = "bw:role";
    public const string NetworkAdmin = "bw:network_admin";
    public const string SignedInAt = "bw:signed_in_at";
}
