namespace Bridgework.Web.Features.Network;

/// <summary>The time zones a coalition may keep its dates in: the US ones, California's first.</summary>
public static class TimeZones
{
    public static readonly IReadOnlyList<(string Id, string Label)> All =
    [
        ("America/Los_Angeles", "Pacific time (Los Angeles)"),
        ("America/Phoenix", "Arizona time (Phoenix)"),
        ("America/Denver", "Mountain time (Denver)"),
        ("America/Chicago", "Central time (Chicago)"),
        ("America/New_York", "Eastern time (New York)"),
        ("America/Anchorage", "Alaska time (Anchorage)"),
        ("Pacific/Honolulu", "Hawaii time (Honolulu)"),
    ];

    public static bool IsKnown(string? id) => All.Any(z => z.Id == id);

    public static string Label(string id) => All.FirstOrDefault(z => z.Id == id).Label ?? id;
}
