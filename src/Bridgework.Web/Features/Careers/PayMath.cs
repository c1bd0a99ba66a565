namespace Bridgework.Web.Features.Careers;

/// <summary>
/// The pay arithmetic of a ladder, in decimal throughout. Intermediate values keep every digit;
/// only the figures shown or stored as money are rounded to cents, once, at the end.
/// </summary>
public static class PayMath
{
    /// <summary>Rounds money to cents, halves away from zero (the way pay stubs round).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The annual pay of an hourly rate at the coalition's hours per year.</summary>
    public static decimal Annual(decimal hourly, int hoursPerYear) => Cents(hourly * hoursPerYear);

    /// <summary>
    /// The unrounded hourly rate of a step: step 1 is the minimum and each step adds
    /// <paramref name="stepPercent"/> % to the one before.
    /// </summary>
    public static decimal StepRateExact(decimal minimum, decimal stepPercent, int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        var rate = minimum;
        var factor = 1m + (stepPercent / 100m);
        for (var i = 1; i < step; i++)
        {
            rate *= factor;
        }

        return rate;
    }

    /// <summary>The hourly rate of a step, in cents.</summary>
    public static decimal StepRate(decimal minimum, decimal stepPercent, int step) => Cents(StepRateExact(minimum, stepPercent, step));

    /// <summary>Every step's hourly rate, in cents; empty when the level has no steps.</summary>
    public static IReadOnlyList<decimal> StepRates(decimal minimum, decimal stepPercent, int steps) =>
        Enumerable.Range(1, Math.Max(steps, 0)).Select(s => StepRate(minimum, stepPercent, s)).ToList();

    /// <summary>What a differential adds to an hourly rate: a flat amount, or a percentage of the rate.</summary>
    public static decimal DifferentialExact(decimal hourly, DifferentialKind kind, decimal value) => kind switch
    {
        DifferentialKind.Amount => value,
        DifferentialKind.Percent => hourly * value / 100m,
        _ => 0m,
    };

    /// <summary>
    /// A base rate with the differentials that apply added, each taken on the base rate (never on each
    /// other), rounded to cents once.
    /// </summary>
    public static decimal WithDifferentials(decimal hourly, params (DifferentialKind Kind, decimal Value)[] differentials) =>
        Cents(hourly + differentials.Sum(d => DifferentialExact(hourly, d.Kind, d.Value)));

    /// <summary>Pay divided by the range midpoint: 1.00 is paid at the midpoint. Null without a midpoint.</summary>
    public static decimal? CompaRatio(decimal pay, decimal midpoint) =>
        midpoint <= 0 ? null : Math.Round(pay / midpoint, 4, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Where pay sits in the range: 0 at the minimum, 1 at the maximum, below 0 or above 1 outside it.
    /// Null when the range has no width.
    /// </summary>
    public static decimal? RangePenetration(decimal pay, decimal minimum, decimal maximum) =>
        maximum <= minimum ? null : Math.Round((pay - minimum) / (maximum - minimum), 4, MidpointRounding.AwayFromZero);

    /// <summary>Whether a rate is under, inside or over a level's range.</summary>
    public static RangePosition Position(decimal pay, decimal minimum, decimal maximum) =>
        pay < minimum ? RangePosition.BelowMinimum : pay > maximum ? RangePosition.AboveMaximum : RangePosition.InRange;
}

public enum RangePosition
{
    InRange = 0,
    BelowMinimum = 1,
    AboveMaximum = 2,
}
