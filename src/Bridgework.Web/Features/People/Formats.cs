namespace Bridgework.Web.Features.People;

/// <summary>Shapes of the contact fields People forms accept, and how they are stored.</summary>
public static class Formats
{
    public const string ZipCode = @"^\s*\d{5}(-\d{4})?\s*$";

    /// <summary>Digits with the usual separators, an optional leading + or (, and an optional extension.</summary>
    public const string Phone = @"^\s*\+?\(?[0-9][0-9 ().\-]{6,24}(\s*(x|ext\.?)\s*[0-9]{1,6})?\s*$";

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// People type "www.example.org" more often than "https://www.example.org": accept both and store
    /// the full address. Returns null for an empty value; <see cref="IsWebsite"/> tells whether it is usable.
    /// </summary>
    public static string? Website(string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        return text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
    }

    public static bool IsWebsite(string? value)
    {
        var full = Website(value);
        return full is null
            || (Uri.TryCreate(full, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && uri.Host.Contains('.', StringComparison.Ordinal)
                && !full.Contains(' ', StringComparison.Ordinal));
    }
}
