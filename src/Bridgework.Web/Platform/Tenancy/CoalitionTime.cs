namespace Bridgework.Web.Platform.Tenancy;

/// <summary>Shows stored UTC instants in a coalition's own time zone.</summary>
public static class CoalitionTime
{
    public const string DefaultZone = "America/Los_Angeles";

    public static DateTime ToLocal(DateTime utc, string? timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? DefaultZone, out var found) ? found
            : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultZone, out var fallback) ? fallback
            : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }

    public static DateOnly ToLocalDate(DateTime utc, string? timeZone) => DateOnly.FromDateTime(ToLocal(utc, timeZone));
}
