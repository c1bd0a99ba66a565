using Bridgework.Web.Features.Hiring.Offers;

namespace Bridgework.Tests.Features.Hiring.Offers;

public sealed class BusinessDaysTests
{
    private static readonly HashSet<DateOnly> NoHolidays = [];

    [Fact]
    public void Five_business_days_after_a_Friday_end_on_the_next_Friday()
    {
        Assert.Equal(new DateOnly(2026, 3, 13), BusinessDays.After(new DateOnly(2026, 3, 6), 5, NoHolidays));
    }

    [Fact]
    public void A_notice_sent_on_a_Saturday_starts_counting_on_Monday()
    {
        Assert.Equal(new DateOnly(2026, 3, 13), BusinessDays.After(new DateOnly(2026, 3, 7), 5, NoHolidays));
    }

    [Fact]
    public void The_coalitions_holidays_are_skipped_like_weekends()
    {
        // Sent the Wednesday before Thanksgiving: Thursday and Friday are holidays.
        var holidays = HiringSettings.ParseHolidays("2026-11-26 Thanksgiving Day\n2026-11-27 Day after Thanksgiving", out var bad);

        Assert.Equal(0, bad);
        Assert.Equal(new DateOnly(2026, 12, 4), BusinessDays.After(new DateOnly(2026, 11, 25), 5, holidays));
        Assert.Equal(new DateOnly(2026, 12, 2), BusinessDays.After(new DateOnly(2026, 11, 25), 5, NoHolidays));
    }

    [Fact]
    public void Business_days_between_two_dates_leave_out_weekends_and_holidays()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 3, 31) };

        Assert.Equal(5, BusinessDays.Between(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 13), NoHolidays));
        Assert.Equal(4, BusinessDays.Between(new DateOnly(2026, 3, 27), new DateOnly(2026, 4, 3), holidays));
        Assert.Equal(0, BusinessDays.Between(new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 6), NoHolidays));
    }

    [Fact]
    public void A_response_window_set_below_five_business_days_still_gives_five()
    {
        Assert.Equal(5, new HiringSettings().EffectiveResponseDays);
        Assert.Equal(5, new HiringSettings { ResponseDays = 3 }.EffectiveResponseDays);
        Assert.Equal(8, new HiringSettings { ResponseDays = 8 }.EffectiveResponseDays);
        Assert.Equal(4, new HiringSettings().EffectiveRetentionYears);
        Assert.Equal(1, new HiringSettings { RetentionYears = 0 }.EffectiveRetentionYears);
    }

    [Fact]
    public void A_holiday_line_that_does_not_start_with_a_date_is_pointed_out()
    {
        HiringSettings.ParseHolidays("2026-12-25 Christmas Day\n\nDecember 31", out var bad);

        Assert.Equal(3, bad);
    }
}
