using Bridgework.Web.Features.Training;

namespace Bridgework.Tests.Features.Training;

public sealed class ComplianceRulesTests
{
    private static readonly RequirementRule Chw = new(Guid.NewGuid(), "CHW continuing education", RequirementPeriod.CalendarYear, 1, 6m, 0m);
    private static readonly RequirementRule Peer = new(Guid.NewGuid(), "Peer support specialist renewal", RequirementPeriod.CertificationCycle, 2, 20m, 6m);
    private static readonly RequirementRule Mhfa = new(Guid.NewGuid(), "Mental Health First Aid renewal", RequirementPeriod.CertificationCycle, 3, 0m, 0m);

    private static readonly HeldCredential ChwSince2021 = new(new DateOnly(2021, 3, 1), null);

    private static CountedHours H(int year, int month, int day, decimal hours, bool ethics = false) => new(new DateOnly(year, month, day), hours, ethics);

    [Fact]
    public void A_calendar_year_runs_from_january_first_to_december_thirty_first()
    {
        var (start, end) = ComplianceRules.PeriodOn(Chw, ChwSince2021, new DateOnly(2026, 6, 15));

        Assert.Equal(new DateOnly(2026, 1, 1), start);
        Assert.Equal(new DateOnly(2026, 12, 31), end);
    }

    [Fact]
    public void A_two_year_cycle_counts_from_the_certification_date()
    {
        var credential = new HeldCredential(new DateOnly(2021, 8, 10), null);

        Assert.Equal((new DateOnly(2025, 8, 10), new DateOnly(2027, 8, 9)), ComplianceRules.PeriodOn(Peer, credential, new DateOnly(2026, 1, 5)));
        Assert.Equal((new DateOnly(2023, 8, 10), new DateOnly(2025, 8, 9)), ComplianceRules.PeriodOn(Peer, credential, new DateOnly(2025, 8, 9)));
        Assert.Equal((new DateOnly(2021, 8, 10), new DateOnly(2023, 8, 9)), ComplianceRules.PeriodOn(Peer, credential, new DateOnly(2021, 8, 10)));
    }

    [Fact]
    public void A_chw_with_six_hours_this_year_and_last_is_compliant()
    {
        var standing = ComplianceRules.Evaluate(Chw, ChwSince2021, [H(2025, 4, 1, 6m), H(2026, 2, 1, 4m), H(2026, 5, 1, 2m)], new DateOnly(2026, 11, 20));

        Assert.Equal(ComplianceStatus.Compliant, standing.Status);
        Assert.Equal(6m, standing.HoursDone);
        Assert.Equal(0m, standing.HoursShort);
    }

    [Fact]
    public void Partial_hours_add_up_and_half_an_hour_short_is_still_short()
    {
        var hours = new[] { H(2025, 3, 1, 6m), H(2026, 2, 1, 2.5m), H(2026, 3, 1, 1.5m), H(2026, 4, 1, 1.5m) };

        var standing = ComplianceRules.Evaluate(Chw, ChwSince2021, hours, new DateOnly(2026, 12, 1));

        Assert.Equal(5.5m, standing.HoursDone);
        Assert.Equal(0.5m, standing.HoursShort);
        Assert.Equal(ComplianceStatus.AtRisk, standing.Status);
    }

    [Fact]
    public void Short_hours_are_at_risk_only_within_ninety_days_of_the_period_end()
    {
        var hours = new[] { H(2025, 3, 1, 6m), H(2026, 2, 1, 2m) };

        Assert.Equal(ComplianceStatus.Compliant, ComplianceRules.Evaluate(Chw, ChwSince2021, hours, new DateOnly(2026, 6, 1)).Status);
        Assert.Equal(ComplianceStatus.Compliant, ComplianceRules.Evaluate(Chw, ChwSince2021, hours, new DateOnly(2026, 10, 1)).Status);
        Assert.Equal(ComplianceStatus.AtRisk, ComplianceRules.Evaluate(Chw, ChwSince2021, hours, new DateOnly(2026, 10, 2)).Status);
        Assert.Equal(ComplianceStatus.AtRisk, ComplianceRules.Evaluate(Chw, ChwSince2021, hours, new DateOnly(2026, 12, 31)).Status);
    }

    [Fact]
    public void A_last_year_that_ended_short_makes_the_worker_lapsed()
    {
        var standing = ComplianceRules.Evaluate(Chw, ChwSince2021, [H(2025, 3, 1, 5m), H(2026, 2, 1, 6m)], new DateOnly(2026, 3, 1));

        Assert.Equal(ComplianceStatus.Lapsed, standing.Status);
    }

    [Fact]
    public void A_year_not_fully_held_is_not_held_against_a_newly_certified_worker()
    {
        var newcomer = new HeldCredential(new DateOnly(2025, 9, 1), null);

        var standing = ComplianceRules.Evaluate(Chw, newcomer, [], new DateOnly(2026, 3, 1));

        Assert.Equal(ComplianceStatus.Compliant, standing.Status);
    }

    [Fact]
    public void Hours_outside_the_period_do_not_count()
    {
        var standing = ComplianceRules.Evaluate(Chw, ChwSince2021, [H(2025, 12, 31, 6m), H(2027, 1, 1, 6m)], new DateOnly(2026, 12, 15));

        Assert.Equal(0m, standing.HoursDone);
        Assert.Equal(ComplianceStatus.AtRisk, standing.Status);
    }

    [Fact]
    public void A_peer_needs_six_of_the_twenty_hours_in_law_and_ethics()
    {
        var credential = new HeldCredential(new DateOnly(2024, 2, 1), null);
        var today = new DateOnly(2025, 12, 1);

        var withoutEthics = ComplianceRules.Evaluate(Peer, credential, [H(2024, 5, 1, 20m)], today);
        var withSome = ComplianceRules.Evaluate(Peer, credential, [H(2024, 5, 1, 16m), H(2025, 1, 10, 4m, ethics: true)], today);
        var withAll = ComplianceRules.Evaluate(Peer, credential, [H(2024, 5, 1, 14m), H(2025, 1, 10, 6m, ethics: true)], today);

        Assert.Equal(ComplianceStatus.AtRisk, withoutEthics.Status);
        Assert.Equal(6m, withoutEthics.LawAndEthicsShort);
        Assert.Equal(ComplianceStatus.AtRisk, withSome.Status);
        Assert.Equal(2m, withSome.LawAndEthicsShort);
        Assert.Equal(20m, withSome.HoursDone);
        Assert.Equal(ComplianceStatus.Compliant, withAll.Status);
    }

    [Fact]
    public void Law_and_ethics_hours_count_toward_the_total_too()
    {
        var credential = new HeldCredential(new DateOnly(2024, 2, 1), null);

        var standing = ComplianceRules.Evaluate(Peer, credential, [H(2024, 5, 1, 12m), H(2025, 1, 10, 8m, ethics: true)], new DateOnly(2026, 1, 15));

        Assert.Equal(20m, standing.HoursDone);
        Assert.Equal(ComplianceStatus.Compliant, standing.Status);
    }

    [Fact]
    public void A_peer_whose_last_cycle_ended_short_of_law_and_ethics_is_lapsed()
    {
        var credential = new HeldCredential(new DateOnly(2022, 2, 1), null);

        var standing = ComplianceRules.Evaluate(Peer, credential, [H(2022, 5, 1, 20m), H(2023, 5, 1, 3m, ethics: true)], new DateOnly(2024, 4, 1));

        Assert.Equal(ComplianceStatus.Lapsed, standing.Status);
    }

    [Fact]
    public void An_expired_credential_is_lapsed_whatever_the_hours()
    {
        var expired = new HeldCredential(new DateOnly(2021, 3, 1), new DateOnly(2026, 3, 1));

        var standing = ComplianceRules.Evaluate(Chw, expired, [H(2025, 3, 1, 10m), H(2026, 2, 1, 10m)], new DateOnly(2026, 3, 2));

        Assert.Equal(ComplianceStatus.Lapsed, standing.Status);
    }

    [Fact]
    public void Mental_health_first_aid_is_at_risk_ninety_days_before_it_expires_and_lapsed_after()
    {
        var issued = new DateOnly(2023, 6, 1);
        var credential = new HeldCredential(issued, issued.AddYears(3));

        Assert.Equal(ComplianceStatus.Compliant, ComplianceRules.Evaluate(Mhfa, credential, [], new DateOnly(2026, 3, 2)).Status);
        Assert.Equal(ComplianceStatus.AtRisk, ComplianceRules.Evaluate(Mhfa, credential, [], new DateOnly(2026, 3, 3)).Status);
        Assert.Equal(ComplianceStatus.AtRisk, ComplianceRules.Evaluate(Mhfa, credential, [], new DateOnly(2026, 6, 1)).Status);
        Assert.Equal(ComplianceStatus.Lapsed, ComplianceRules.Evaluate(Mhfa, credential, [], new DateOnly(2026, 6, 2)).Status);
    }

    [Fact]
    public void A_credential_expiring_before_the_period_ends_brings_the_due_date_forward()
    {
        var credential = new HeldCredential(new DateOnly(2021, 3, 1), new DateOnly(2026, 4, 30));

        var standing = ComplianceRules.Evaluate(Chw, credential, [H(2025, 3, 1, 6m), H(2026, 1, 15, 2m)], new DateOnly(2026, 3, 1));

        Assert.Equal(ComplianceStatus.AtRisk, standing.Status);
    }

    [Fact]
    public void The_overall_status_is_the_worst_of_the_requirements()
    {
        RequirementStanding S(ComplianceStatus status) => new(Chw, status, default, default, 0, 0, "");

        Assert.Equal(ComplianceStatus.Lapsed, ComplianceRules.Overall([S(ComplianceStatus.Compliant), S(ComplianceStatus.Lapsed), S(ComplianceStatus.AtRisk)]));
        Assert.Equal(ComplianceStatus.AtRisk, ComplianceRules.Overall([S(ComplianceStatus.Compliant), S(ComplianceStatus.AtRisk)]));
        Assert.Equal(ComplianceStatus.Compliant, ComplianceRules.Overall([]));
    }
}
