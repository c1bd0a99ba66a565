namespace Bridgework.Web.Platform.Data;

/// <summary>
/// Case-insensitive "contains" that runs the same on SQLite and PostgreSQL: compare upper-cased text
/// with EF.Functions.Like and a pattern from here, whose wildcards in the user's text are escaped.
/// </summary>
public static class Search
{
    public const string Escape = "\\";

    public static string LikePattern(string text)
    {
        var escaped = text.Trim().ToUpperInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
