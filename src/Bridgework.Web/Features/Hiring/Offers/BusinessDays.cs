namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Counts working days: weekends and the coalition's holidays are skipped.</summary>
public static class BusinessDays
{
    public static bool IsBusinessDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>
    /// The <paramref name="count"/>th business day after <paramref name="start"/>; the start day itself never
    /// counts, so a notice sent on a Friday with 5 days has its last day on the next Friday.
    /// </summary>
    public static DateOnly After(DateOnly start, int count, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day, holidays))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Business days from the day after <paramref name="from"/> through <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> holidays)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsBusinessDay(day, holidays))
            {
                count++;
            }
        }

        return count;
    }
}
