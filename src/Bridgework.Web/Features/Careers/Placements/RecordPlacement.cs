namespace Bridgework.Web.Features.Careers.Placements;

/// <summary>
/// Records a worker's placement on a level from a date: at the step's rate when a step is given and no rate
/// typed, otherwise at the typed rate in cents. Used by the placement form and by approved promotions. The caller saves.
/// </summary>
public sealed class RecordPlacement(Platform.Data.AppDbContext db, TimeProvider clock)
{
    public Placement Handle(Guid staffMemberId, Guid levelId, decimal minHourly, decimal stepPercent, int? step, decimal? rate, DateOnly effective, string? note)
    {
        var hourly = rate is { } typed ? PayMath.Cents(typed) : PayMath.StepRate(minHourly, stepPercent, step ?? 1);
        var placement = new Placement
        {
            StaffMemberId = staffMemberId,
            LevelId = levelId,
            Step = step,
            HourlyRate = hourly,
            EffectiveDate = effective,
            Note = People.Formats.Clean(note),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(placement);
        return placement;
    }
}
