namespace Bridgework.Web.Features.Careers;

/// <summary>
/// One competency proficiency a level asks for, kept on the level as a readable "Name: level" line. The name
/// is one of the coalition's competencies in Training; the level is a word of the proficiency scale.
/// </summary>
public sealed record CompetencyRequirement(string Name, int Level)
{
    /// <summary>Training's proficiency scale, lowest first, as the words a line stores.</summary>
    public static readonly IReadOnlyList<string> Scale = ["developing", "proficient", "advanced", "mentor"];

    /// <summary>The scale's words as shown to people; they are the keys of the Spanish text.</summary>
    public static readonly IReadOnlyList<string> Labels = ["Developing", "Proficient", "Advanced", "Mentor"];

    public string Line => $"{Name}: {Scale[Level]}";

    public string Label => Labels[Level];

    /// <summary>The position of a scale word ("Advanced", "advanced") on the scale, or -1 when it is not one.</summary>
    public static int LevelOf(string? word) =>
        word is null ? -1 : Scale.ToList().FindIndex(s => string.Equals(s, word.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stored line for reading: "Name: level" with the level in the reader's language, or the line as it is.</summary>
    public static string Show(string line, Microsoft.Extensions.Localization.IStringLocalizer text) => Parse(line) is { } r
        ? $"{r.Name}: {text[r.Label].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)}"
        : line;

    /// <summary>Reads a stored line; null for a free-text line from before levels named a competency and a level.</summary>
    public static CompetencyRequirement? Parse(string line)
    {
        var cut = line.LastIndexOf(':');
        if (cut <= 0)
        {
            return null;
        }

        var name = line[..cut].Trim();
        var level = LevelOf(line[(cut + 1)..]);
        return name.Length == 0 || level < 0 ? null : new CompetencyRequirement(name, level);
    }
}
