using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// Today's date where the coalition works, for rules such as "a hire date is not in the future". Scoped: the
/// coalition's time zone is read once per request, however many home cards and rules ask for today.
/// </summary>
public sealed class CoalitionCalendar(AppDbContext db, ITenantContext tenant, TimeProvider clock)
{
    private (Guid? Coalition, TimeZoneInfo Zone)? _zone;

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        var id = tenant.CoalitionId;
        if (_zone is not { } known || known.Coalition != id)
        {
            var zoneId = id is null
                ? null
                : await db.Coalitions.Where(c => c.Id == id).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken);
            _zone = known = (id, Zone(zoneId));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, known.Zone));
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
