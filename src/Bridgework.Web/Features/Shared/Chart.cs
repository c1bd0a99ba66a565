using System.Text.Json;

namespace Bridgework.Web.Features.Shared;

/// <summary>One named row of figures in a chart (a bar colour or a line).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A chart and the same figures as a table: <c>&lt;partial name="_Chart" model="..." /&gt;</c>. Every text is
/// passed in already translated. The table is always in the page (screen readers, print, no JavaScript);
/// wwwroot/js/charts.js draws the canvas from <see cref="Json"/>.
/// </summary>
public sealed record Chart(string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, ChartKind Kind = ChartKind.Bar)
{
    /// <summary>How figures are written in the table and the tooltips: "0" whole numbers, "0.0", "C" money, "P0" shares (values 0–1).</summary>
    public string Format { get; init; } = "0.##";

    /// <summary>Horizontal bars read better on a phone when labels are long (stages, course names).</summary>
    public bool Horizontal { get; init; }

    public string Json => JsonSerializer.Serialize(new
    {
        kind = Kind.ToString().ToLowerInvariant(),
        horizontal = Horizontal,
        percent = Format.StartsWith('P'),
        labels = Labels,
        series = Series.Select(s => new { name = s.Name, values = s.Values }),
    });
}

public enum ChartKind
{
    Bar,
    StackedBar,
    Line,
}
