using Bridgework.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>A ladder's ranges drawn beside its benchmarks: each level's minimum and maximum, each market median, the living wage.</summary>
public static class BenchmarkChart
{
    public static Chart? For(LadderView view, BenchmarkSet benchmarks, IStringLocalizer text)
    {
        if (view.Levels.Count == 0)
        {
            return null;
        }

        var labels = view.Levels.Select(l => l.Title).ToList();
        var series = new List<ChartSeries>
        {
            new(text["Minimum"], view.Levels.Select(l => l.MinHourly).ToList()),
            new(text["Maximum"], view.Levels.Select(l => l.MaxHourly).ToList()),
        };
        foreach (var market in benchmarks.Market)
        {
            series.Add(new ChartSeries(text["Market median ({0} {1})", market.Source, market.Year], view.Levels.Select(_ => market.Median ?? 0).ToList()));
        }

        if (benchmarks.LivingWage is { Hourly: { } wage } living)
        {
            series.Add(new ChartSeries(text["Living wage ({0})", living.County ?? ""], view.Levels.Select(_ => wage).ToList()));
        }

        return new Chart(text["Hourly ranges against benchmarks"], labels, series) { Format = "C", Horizontal = view.Levels.Count > 4 };
    }
}
