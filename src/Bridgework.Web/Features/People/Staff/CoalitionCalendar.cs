using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>Today's date where the coalition works, for rules such as "a hire date is not in the future".</summary>
public sealed class CoalitionCalendar(AppDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        var id = tenant.CoalitionId;
        var zoneId = id is null
            ? null
            : await db.Coalitions.Where(c => c.Id == id).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, Zone(zoneId)));
    }

    private static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id ?? "America/Los_Angeles");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
