using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>What the add and edit forms post; the rules that depend on the kind are in <see cref="Problems"/>.</summary>
public sealed partial class BenchmarkInput
{
    [Required(ErrorMessage = "Choose the kind of benchmark.")]
    [Display(Name = "Kind")]
    public BenchmarkKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter where the figures come from.")]
    [StringLength(300, ErrorMessage = "Keep the source to 300 characters or fewer.")]
    [Display(Name = "Source")]
    public string? Source { get; set; }

    [Required(ErrorMessage = "Enter the year of the figures.")]
    [Range(1990, 2100, ErrorMessage = "Enter a year from 1990 to 2100.")]
    [Display(Name = "Year")]
    public int? Year { get; set; }

    [StringLength(100, ErrorMessage = "Keep the region to 100 characters or fewer.")]
    [Display(Name = "Region")]
    public string? Region { get; set; }

    [StringLength(100, ErrorMessage = "Keep the county to 100 characters or fewer.")]
    [Display(Name = "County")]
    public string? County { get; set; }

    [StringLength(20)]
    [Display(Name = "Occupation code (SOC)")]
    public string? OccupationCode { get; set; }

    [StringLength(60, ErrorMessage = "Keep the household type to 60 characters or fewer.")]
    [Display(Name = "Household type")]
    public string? HouseholdType { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "10th percentile")]
    public decimal? P10 { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "25th percentile")]
    public decimal? P25 { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "Median")]
    public decimal? Median { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "75th percentile")]
    public decimal? P75 { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "90th percentile")]
    public decimal? P90 { get; set; }

    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly figure between $1 and $500.")]
    [Display(Name = "Living wage an hour")]
    public decimal? Hourly { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the note to 1,000 characters or fewer.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public Guid Version { get; set; }

    /// <summary>The rules that depend on the kind, as (field, English message) pairs.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Kind == BenchmarkKind.Market)
        {
            if (string.IsNullOrWhiteSpace(OccupationCode))
            {
                yield return (nameof(OccupationCode), "Enter the occupation code, for example 21-1094.");
            }
            else if (!Soc().IsMatch(OccupationCode.Trim()))
            {
                yield return (nameof(OccupationCode), "Write the occupation code as two digits, a dash and four digits, for example 21-1094.");
            }

            if (string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(County))
            {
                yield return (nameof(Region), "Enter the region the figures describe, for example National or California.");
            }

            if (Median is null)
            {
                yield return (nameof(Median), "Enter the median hourly wage.");
            }

            var ordered = new (string Field, decimal? Value)[] { (nameof(P10), P10), (nameof(P25), P25), (nameof(Median), Median), (nameof(P75), P75), (nameof(P90), P90) }
                .Where(p => p.Value is not null).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Value < ordered[i - 1].Value)
                {
                    yield return (ordered[i].Field, "Each percentile must be at least the one before it.");
                }
            }
        }
        else if (Kind == BenchmarkKind.LivingWage)
        {
            if (string.IsNullOrWhiteSpace(County))
            {
                yield return (nameof(County), "Enter the county of the living wage.");
            }

            if (string.IsNullOrWhiteSpace(HouseholdType))
            {
                yield return (nameof(HouseholdType), "Enter the household type, for example 1 adult 0 children.");
            }

            if (Hourly is null)
            {
                yield return (nameof(Hourly), "Enter the living wage an hour.");
            }
        }
    }

    public static BenchmarkInput From(PayBenchmark b) => new()
    {
        Kind = b.Kind, Source = b.Source, Year = b.Year, Region = b.Region, County = b.County, OccupationCode = b.OccupationCode,
        HouseholdType = b.HouseholdType, P10 = b.P10, P25 = b.P25, Median = b.Median, P75 = b.P75, P90 = b.P90, Hourly = b.Hourly,
        Note = b.Note, Version = b.Version,
    };

    /// <summary>Copies the input onto the benchmark, keeping only the figures its kind uses.</summary>
    public void ApplyTo(PayBenchmark b)
    {
        var market = Kind == BenchmarkKind.Market;
        b.Kind = Kind!.Value;
        b.Source = Source!.Trim();
        b.Year = Year!.Value;
        b.Region = People.Formats.Clean(Region);
        b.County = People.Formats.Clean(County);
        b.OccupationCode = market ? People.Formats.Clean(OccupationCode) : null;
        b.HouseholdType = market ? null : People.Formats.Clean(HouseholdType);
        b.P10 = market ? Money(P10) : null;
        b.P25 = market ? Money(P25) : null;
        b.Median = market ? Money(Median) : null;
        b.P75 = market ? Money(P75) : null;
        b.P90 = market ? Money(P90) : null;
        b.Hourly = market ? null : Money(Hourly);
        b.Note = People.Formats.Clean(Note);
    }

    private static decimal? Money(decimal? value) => value is { } v ? PayMath.Cents(v) : null;

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex Soc();
}
