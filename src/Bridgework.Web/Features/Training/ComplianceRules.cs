namespace Bridgework.Web.Features.Training;

public enum ComplianceStatus
{
    Compliant = 0,
    AtRisk = 1,
    Lapsed = 2,
}

/// <summary>The parts of a requirement the rules read.</summary>
public sealed record RequirementRule(Guid Id, string Name, RequirementPeriod Period, int CycleYears, decimal Hours, decimal LawAndEthicsHours);

/// <summary>The credential a requirement hangs on.</summary>
public sealed record HeldCredential(DateOnly IssuedOn, DateOnly? ExpiresOn);

/// <summary>Hours a worker completed toward a requirement.</summary>
public sealed record CountedHours(DateOnly CompletedOn, decimal Hours, bool IsLawAndEthics);

/// <summary>Where a worker stands on one requirement in its current period.</summary>
public sealed record RequirementStanding(
    RequirementRule Requirement,
    ComplianceStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal HoursDone,
    decimal LawAndEthicsDone,
    string Reason)
{
    public decimal HoursShort => Math.Max(0, Requirement.Hours - HoursDone);

    public decimal LawAndEthicsShort => Math.Max(0, Requirement.LawAndEthicsHours - LawAndEthicsDone);
}

/// <summary>
/// The continuing-education rules. A worker is lapsed when the credential has expired or the last finished
/// period ended short of hours; at risk when the current period (or the credential) ends within
/// <see cref="WarningDays"/> days and hours are still short (or no renewal is recorded); otherwise compliant.
/// Periods are calendar years or cycles counted from the certification's issue date. Law-and-ethics hours
/// count toward the total and toward their own subset.
/// </summary>
public sealed class ComplianceRules
{
    public const int WarningDays = 90;

    /// <summary>The period containing <paramref name="day"/>.</summary>
    public static (DateOnly Start, DateOnly End) PeriodOn(RequirementRule rule, HeldCredential credential, DateOnly day)
    {
        if (rule.Period == RequirementPeriod.CalendarYear)
        {
            return (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
        }

        var years = Math.Max(1, rule.CycleYears);
        var start = credential.IssuedOn;
        while (start.AddYears(years) <= day)
        {
            start = start.AddYears(years);
        }

        return (start, start.AddYears(years).AddDays(-1));
    }

    public static RequirementStanding Evaluate(RequirementRule rule, HeldCredential credential, IEnumerable<CountedHours> completions, DateOnly today)
    {
        var hours = completions.ToList();
        var (start, end) = PeriodOn(rule, credential, today);
        var (done, ethics) = Sum(hours, start, end);

        RequirementStanding Standing(ComplianceStatus status, string reason) => new(rule, status, start, end, done, ethics, reason);

        if (credential.ExpiresOn is { } expires && expires < today)
        {
            return Standing(ComplianceStatus.Lapsed, "The credential expired.");
        }

        // The last finished period counts only when the credential was held for all of it.
        var previous = PeriodOn(rule, credential, start.AddDays(-1));
        if (start > credential.IssuedOn && previous.Start >= credential.IssuedOn)
        {
            var (prevDone, prevEthics) = Sum(hours, previous.Start, previous.End);
            if (prevDone < rule.Hours || prevEthics < rule.LawAndEthicsHours)
            {
                return Standing(ComplianceStatus.Lapsed, "The last period ended short of hours.");
            }
        }

        var warnFrom = today.AddDays(WarningDays);
        if (credential.ExpiresOn is { } soon && soon <= warnFrom && rule.Hours == 0)
        {
            return Standing(ComplianceStatus.AtRisk, "The credential expires soon.");
        }

        var short_ = done < rule.Hours || ethics < rule.LawAndEthicsHours;
        var due = end < (credential.ExpiresOn ?? end) ? end : credential.ExpiresOn ?? end;
        if (short_ && due <= warnFrom)
        {
            return Standing(ComplianceStatus.AtRisk, "Hours are short and the period ends soon.");
        }

        return Standing(ComplianceStatus.Compliant, short_ ? "Hours are still to do, with time left." : "All hours are done.");
    }

    /// <summary>The worst of several standings: lapsed over at risk over compliant.</summary>
    public static ComplianceStatus Overall(IEnumerable<RequirementStanding> standings) =>
        standings.Select(s => s.Status).DefaultIfEmpty(ComplianceStatus.Compliant).Max();

    private static (decimal Done, decimal Ethics) Sum(List<CountedHours> hours, DateOnly start, DateOnly end)
    {
        var inPeriod = hours.Where(h => h.CompletedOn >= start && h.CompletedOn <= end).ToList();
        return (inPeriod.Sum(h => h.Hours), inPeriod.Where(h => h.IsLawAndEthics).Sum(h => h.Hours));
    }
}
