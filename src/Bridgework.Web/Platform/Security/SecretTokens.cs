using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// Secrets carried in links (invitations, candidates' status pages): random, URL-safe, shown once, and
/// stored only as a SHA-256 hash so that a copy of the database opens no link.
/// </summary>
public static class SecretTokens
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}
