using System.Text.RegularExpressions;

namespace Bridgework.Web.Features.Audit;

/// <summary>Readable English labels for entity and field names; the page translates them through AuditText.</summary>
public static partial class AuditLabels
{
    public static string Entity(string name) => Words(name);

    public static string Field(string name) => name switch
    {
        "Fte" => "FTE",
        "UserId" => "User account",
        _ => Words(name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name),
    };

    private static string Words(string name)
    {
        var words = CapitalWord().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CapitalWord();
}
