using System.Text.RegularExpressions;

namespace Bridgework.Web.Features.Shared;

/// <summary>Readable English words from code names: "LegalFirstName" reads "Legal first name".</summary>
public static partial class Labels
{
    public static string Words(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        var words = CapitalWord().Replace(last, " $1").Trim();
        return words.Length == 0 ? name : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CapitalWord();
}
