using System.Globalization;
using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Careers;

/// <summary>Readable English names of the Careers enums; they are the keys of the Spanish text.</summary>
public static class CareersLabels
{
    public static string Of(CareerFamily family) => family switch
    {
        CareerFamily.CommunityHealthWorker => "Community health worker",
        CareerFamily.Promotora => "Promotor(a)",
        CareerFamily.PeerSupportSpecialist => "Peer support specialist",
        _ => "Supervision track",
    };

    public static string Of(LadderStatus status) => status switch
    {
        LadderStatus.Draft => "Draft",
        LadderStatus.Published => "Published",
        _ => "Superseded",
    };

    public static string Of(DifferentialKind kind) => kind switch
    {
        DifferentialKind.Amount => "Dollars an hour",
        DifferentialKind.Percent => "Percent of the rate",
        _ => "None",
    };

    /// <summary>The ladder family a staff member's job family is placed on, if any.</summary>
    public static CareerFamily? FamilyFor(JobFamily family) => family switch
    {
        JobFamily.CommunityHealthWorker or JobFamily.CommunityHealthRepresentative => CareerFamily.CommunityHealthWorker,
        JobFamily.Promotora => CareerFamily.Promotora,
        JobFamily.PeerSupportSpecialist => CareerFamily.PeerSupportSpecialist,
        JobFamily.Supervisor => CareerFamily.SupervisionTrack,
        _ => null,
    };

    /// <summary>Lines of a one-name-a-line field, trimmed, blanks dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Dollars and cents in the reader's culture, with the dollar sign in front.</summary>
    public static string Money(decimal amount) => "$" + amount.ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>Whole dollars, for annual figures.</summary>
    public static string Dollars(decimal amount) => "$" + amount.ToString("N0", CultureInfo.CurrentCulture);

    public static string Ratio(decimal? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.CurrentCulture) : "—";

    public static string Percent(decimal? share) => share is { } s ? (s * 100m).ToString("0", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Differential(DifferentialKind kind, decimal value) => kind == DifferentialKind.Percent
        ? value.ToString("0.##", CultureInfo.CurrentCulture) + " %"
        : Money(value);
}
