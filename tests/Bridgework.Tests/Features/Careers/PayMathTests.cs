using Bridgework.Web.Features.Careers;

namespace Bridgework.Tests.Features.Careers;

public sealed class PayMathTests
{
    [Theory]
    [InlineData("25.00", 2080, "52000.00")]
    [InlineData("22.115", 2080, "45999.20")]
    [InlineData("25.00", 1950, "48750.00")]
    public void An_hourly_rate_is_annualized_with_the_coalitions_hours_per_year(string hourly, int hours, string annual) =>
        Assert.Equal(decimal.Parse(annual, System.Globalization.CultureInfo.InvariantCulture),
            PayMath.Annual(decimal.Parse(hourly, System.Globalization.CultureInfo.InvariantCulture), hours));

    [Fact]
    public void Each_step_adds_its_percentage_to_the_step_before_and_rounds_to_cents_only_at_the_end()
    {
        var rates = PayMath.StepRates(22.00m, 3m, 4);

        Assert.Equal([22.00m, 22.66m, 23.34m, 24.04m], rates);
        // 22 × 1.03³ = 24.039994: the exact value is kept until the end, then rounded once.
        Assert.Equal(24.039994m, PayMath.StepRateExact(22.00m, 3m, 4));
    }

    [Fact]
    public void A_level_without_steps_has_no_step_rates() => Assert.Empty(PayMath.StepRates(22m, 3m, 0));

    [Fact]
    public void Differentials_are_amounts_or_percentages_of_the_base_rate_and_never_compound()
    {
        var pay = PayMath.WithDifferentials(
            PayMath.StepRateExact(22.00m, 3m, 2),
            (DifferentialKind.Amount, 1.50m),
            (DifferentialKind.Percent, 3m),
            (DifferentialKind.None, 9m));

        // 22.66 + 1.50 + 3 % of 22.66 (0.6798) = 24.8398 → 24.84
        Assert.Equal(24.84m, pay);
    }

    [Fact]
    public void Compa_ratio_is_pay_divided_by_the_midpoint()
    {
        Assert.Equal(1.0000m, PayMath.CompaRatio(25.30m, 25.30m));
        Assert.Equal(0.8696m, PayMath.CompaRatio(22.00m, 25.30m));
        Assert.Null(PayMath.CompaRatio(22m, 0m));
    }

    [Fact]
    public void Range_penetration_is_zero_at_the_minimum_one_at_the_maximum_and_negative_below()
    {
        Assert.Equal(0m, PayMath.RangePenetration(22.00m, 22.00m, 28.60m));
        Assert.Equal(1m, PayMath.RangePenetration(28.60m, 22.00m, 28.60m));
        Assert.Equal(0.5m, PayMath.RangePenetration(25.30m, 22.00m, 28.60m));
        Assert.Equal(-0.1288m, PayMath.RangePenetration(21.15m, 22.00m, 28.60m));
        Assert.Null(PayMath.RangePenetration(20m, 20m, 20m));
    }

    [Fact]
    public void A_rate_is_flagged_below_the_minimum_or_above_the_maximum()
    {
        Assert.Equal(RangePosition.BelowMinimum, PayMath.Position(21.99m, 22m, 28.6m));
        Assert.Equal(RangePosition.InRange, PayMath.Position(22m, 22m, 28.6m));
        Assert.Equal(RangePosition.AboveMaximum, PayMath.Position(28.61m, 22m, 28.6m));
    }

    [Fact]
    public void Cents_round_halves_away_from_zero() => Assert.Equal(10.01m, PayMath.Cents(10.005m));
}
