using System.Globalization;

namespace Bridgework.Web.Platform.Localization;

/// <summary>
/// Switches the current thread's culture until disposed, to write something (an e-mail) in its
/// reader's language rather than the language of the person who caused it.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(CultureInfo culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>"es" (or any Spanish) reads es-US; everything else en-US.</summary>
    public static CultureScope For(string? language) => new(
        LocalizationSetup.Cultures.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, language?.Split('-')[0], StringComparison.OrdinalIgnoreCase))
        ?? LocalizationSetup.Cultures[0]);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
