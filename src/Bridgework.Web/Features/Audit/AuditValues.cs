using System.Globalization;

namespace Bridgework.Web.Features.Audit;

/// <summary>
/// Values are stored as invariant text (UTC timestamps in round-trip form, dates as yyyy-MM-dd, True/False);
/// the page shows timestamps and dates as the reader writes them, in the coalition's time, and True/False as
/// Yes/No in the reader's language. Everything else is shown as it was stored: it is what someone typed.
/// </summary>
public static class AuditValues
{
    public static string Display(string value, TimeZoneInfo zone, CultureInfo culture, Func<string, string> translate)
    {
        if (value == bool.TrueString)
        {
            return translate("Yes");
        }

        if (value == bool.FalseString)
        {
            return translate("No");
        }

        // Read back from the database, a UTC timestamp may have lost its "Z"; the app keeps every timestamp in UTC.
        if (value.Length > 19 && value[10] == 'T'
            && DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("g", culture);
        }

        if (value.Length == 10
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d", culture);
        }

        return value;
    }
}
