using System.Globalization;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// A coalition's hiring rules that are data, not code: the fair-chance response window (California requires at
/// least 5 business days), the holidays it skips, and how long records of candidates not hired are kept.
/// A coalition without a row uses the defaults.
/// </summary>
public sealed class HiringSettings : ITenantOwned, IAudited, IVersioned
{
    public const int MinimumResponseDays = 5;
    public const int DefaultResponseDays = 5;
    public const int MinimumRetentionYears = 1;
    public const int DefaultRetentionYears = 4;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    /// <summary>Business days a candidate has to answer a preliminary notice (Gov. Code §12952(c)(1)(C): at least 5).</summary>
    public int ResponseDays { get; set; } = DefaultResponseDays;

    /// <summary>Holidays skipped when counting business days: one ISO date per line, optionally followed by its name.</summary>
    public string Holidays { get; set; } = "";

    /// <summary>Years the records of candidates not hired are kept after their last activity.</summary>
    public int RetentionYears { get; set; } = DefaultRetentionYears;

    public Guid Version { get; set; }

    /// <summary>The window actually used: never below the legal minimum, whatever the row says.</summary>
    public int EffectiveResponseDays => Math.Max(MinimumResponseDays, ResponseDays);

    public int EffectiveRetentionYears => Math.Max(MinimumRetentionYears, RetentionYears);

    public IReadOnlySet<DateOnly> HolidayDates => ParseHolidays(Holidays, out _);

    public static async Task<HiringSettings> ReadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Set<HiringSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new HiringSettings();

    /// <summary>Reads "2026-12-25 Christmas Day" lines; <paramref name="badLine"/> is the first line that is not a date (1-based), or 0.</summary>
    public static IReadOnlySet<DateOnly> ParseHolidays(string? text, out int badLine)
    {
        badLine = 0;
        var dates = new HashSet<DateOnly>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var first = line.Split(' ', 2)[0];
            if (DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else if (badLine == 0)
            {
                badLine = i + 1;
            }
        }

        return dates;
    }
}

internal sealed class HiringSettingsConfiguration : IEntityTypeConfiguration<HiringSettings>
{
    public void Configure(EntityTypeBuilder<HiringSettings> e)
    {
        e.Property(s => s.Holidays).HasMaxLength(4000);
        e.Ignore(s => s.EffectiveResponseDays);
        e.Ignore(s => s.EffectiveRetentionYears);
        e.Ignore(s => s.HolidayDates);
    }
}
