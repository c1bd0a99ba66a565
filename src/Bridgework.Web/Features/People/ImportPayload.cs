using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Bridgework.Web.Features.People;

/// <summary>
/// Carries an uploaded roster from the preview to the commit inside the form itself, encrypted and signed
/// by ASP.NET Core data protection and valid for one hour. Nothing is kept on the server between the two
/// steps, any app node can take the commit, and the content cannot be altered on the way.
/// </summary>
public sealed class ImportPayload(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Bridgework.People.RosterImport.v1").ToTimeLimitedDataProtector();

    public string Protect(Guid importId, string fileName, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(importId.ToByteArray());
            writer.Write(fileName);
            writer.Write(content.Length);
            writer.Write(content);
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray(), Lifetime));
    }

    public bool TryUnprotect(string? payload, out Guid importId, out string fileName, out byte[] content)
    {
        importId = Guid.Empty;
        fileName = "";
        content = [];
        if (string.IsNullOrEmpty(payload))
        {
            return false;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(payload));
            using var reader = new BinaryReader(new MemoryStream(bytes));
            importId = new Guid(reader.ReadBytes(16));
            fileName = reader.ReadString();
            content = reader.ReadBytes(reader.ReadInt32());
            return true;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or EndOfStreamException)
        {
            return false;
        }
    }
}
