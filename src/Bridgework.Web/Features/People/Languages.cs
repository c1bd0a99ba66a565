namespace Bridgework.Web.Features.People;

/// <summary>The languages staff record, by ISO 639-1 code, with their names in English and Spanish.</summary>
public static class Languages
{
    public static readonly IReadOnlyList<(string Code, string English, string Spanish)> All =
    [
        ("en", "English", "Inglés"),
        ("es", "Spanish", "Español"),
        ("zh", "Chinese", "Chino"),
        ("vi", "Vietnamese", "Vietnamita"),
        ("tl", "Tagalog", "Tagalo"),
        ("ko", "Korean", "Coreano"),
        ("hy", "Armenian", "Armenio"),
        ("fa", "Persian (Farsi)", "Persa (farsi)"),
        ("ru", "Russian", "Ruso"),
        ("ar", "Arabic", "Árabe"),
        ("km", "Khmer", "Jemer"),
        ("hmn", "Hmong", "Hmong"),
        ("pa", "Punjabi", "Panyabí"),
        ("ja", "Japanese", "Japonés"),
        ("lo", "Lao", "Lao"),
        ("mien", "Mien", "Mien"),
        ("mix", "Mixteco", "Mixteco"),
        ("zap", "Zapoteco", "Zapoteco"),
        ("tri", "Triqui", "Triqui"),
        ("ase", "American Sign Language", "Lengua de señas americana"),
    ];

    public static bool IsKnown(string code) => All.Any(l => l.Code == code);

    public static string Name(string code, bool spanish)
    {
        var match = All.FirstOrDefault(l => l.Code == code);
        return match.Code is null ? code : spanish ? match.Spanish : match.English;
    }
}
