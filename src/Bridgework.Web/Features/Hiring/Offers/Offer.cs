using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Offers;

public enum CheckResult
{
    Clear = 0,
    RaisesConcern = 1,
}

public enum FinalDecision
{
    Proceed = 0,
    Withdraw = 1,
}

public enum OfferStepKind
{
    OfferMade = 0,
    OfferAccepted = 1,
    CheckClear = 2,
    CheckRaisesConcern = 3,
    Assessed = 4,
    PreliminaryNoticeSent = 5,
    ResponseReceived = 6,
    DecidedToProceed = 7,
    DecidedToWithdraw = 8,
    Hired = 9,
}

/// <summary>
/// A conditional offer and the fair-chance steps after it (California Fair Chance Act, Gov. Code §12952): a
/// background check only once the offer is made; when it raises something, an individualized assessment;
/// before withdrawing, a written preliminary notice with a response window of business days nobody can cut
/// short; then a written final decision. The methods refuse a step out of order; each step also writes an
/// <see cref="OfferStep"/> line with who and when.
/// </summary>
public sealed class Offer : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid ApplicationId { get; set; }

    public required string Position { get; set; }

    public DateOnly ProposedStartDate { get; set; }

    /// <summary>Hourly pay, in dollars.</summary>
    public decimal HourlyPay { get; set; }

    public required string OfferText { get; set; }

    public DateTime MadeAt { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public CheckResult? CheckResult { get; set; }

    public DateOnly? CheckReceivedOn { get; set; }

    /// <summary>Individualized assessment: the nature and gravity of the offense.</summary>
    [Sensitive]
    public string? NatureAndGravity { get; set; }

    [Sensitive]
    public string? TimePassed { get; set; }

    [Sensitive]
    public string? JobDuties { get; set; }

    [Sensitive]
    public string? Mitigation { get; set; }

    public DateTime? AssessedAt { get; set; }

    [Sensitive]
    public string? NoticeText { get; set; }

    public DateOnly? NoticeSentOn { get; set; }

    /// <summary>Business days the candidate had to respond, as configured when the notice went out.</summary>
    public int? ResponseDays { get; set; }

    /// <summary>The last day of the response window; an adverse final decision may come only after it.</summary>
    public DateOnly? ResponseDueOn { get; set; }

    [Sensitive]
    public string? CandidateResponse { get; set; }

    public DateOnly? ResponseReceivedOn { get; set; }

    public FinalDecision? Decision { get; set; }

    [Sensitive]
    public string? DecisionReasons { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The staff record the hire created; set once, so a second hire finds it.</summary>
    public Guid? StaffMemberId { get; set; }

    public DateTime? HiredAt { get; set; }

    public Guid Version { get; set; }

    public bool Hired => StaffMemberId is not null;

    public bool Withdrawn => Decision == FinalDecision.Withdraw;

    public bool Closed => Hired || Withdrawn;

    /// <summary>Cleared to hire: accepted, and the check was clear or a final decision chose to go ahead.</summary>
    public bool CanHire => !Closed && AcceptedOn is not null
        && (CheckResult == Offers.CheckResult.Clear || Decision == FinalDecision.Proceed);

    public bool CanRecordCheck => !Closed && CheckResult is null;

    public bool CanAssess => !Closed && CheckResult == Offers.CheckResult.RaisesConcern && Decision is null;

    public bool CanSendNotice => !Closed && AssessedAt is not null && NoticeSentOn is null && Decision is null;

    public bool CanRecordResponse => !Closed && NoticeSentOn is not null && Decision is null;

    public bool CanDecide => !Closed && AssessedAt is not null && Decision is null;

    /// <summary>Whether the response window is still open on <paramref name="today"/> (the due day counts as open).</summary>
    public bool WindowOpenOn(DateOnly today) => ResponseDueOn is { } due && today <= due;

    public OfferStep Step(OfferStepKind kind, Guid? byId, string by, DateTime at) => new()
    {
        OfferId = Id,
        Kind = kind,
        ById = byId,
        By = by,
        At = at,
    };
}

/// <summary>One line of an offer's timeline: what happened, who did it and when.</summary>
public sealed class OfferStep : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid OfferId { get; set; }

    public OfferStepKind Kind { get; set; }

    public Guid? ById { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> e)
    {
        e.Property(o => o.Position).HasMaxLength(200);
        e.Property(o => o.OfferText).HasMaxLength(8000);
        e.Property(o => o.NatureAndGravity).HasMaxLength(4000);
        e.Property(o => o.TimePassed).HasMaxLength(4000);
        e.Property(o => o.JobDuties).HasMaxLength(4000);
        e.Property(o => o.Mitigation).HasMaxLength(4000);
        e.Property(o => o.NoticeText).HasMaxLength(8000);
        e.Property(o => o.CandidateResponse).HasMaxLength(8000);
        e.Property(o => o.DecisionReasons).HasMaxLength(8000);
        e.Ignore(o => o.Hired);
        e.Ignore(o => o.Withdrawn);
        e.Ignore(o => o.Closed);
        e.Ignore(o => o.CanHire);
        e.Ignore(o => o.CanRecordCheck);
        e.Ignore(o => o.CanAssess);
        e.Ignore(o => o.CanSendNotice);
        e.Ignore(o => o.CanRecordResponse);
        e.Ignore(o => o.CanDecide);
        e.HasIndex(o => o.ApplicationId).IsUnique();
        e.HasIndex(o => new { o.CoalitionId, o.ResponseDueOn });
        // Removing an application (the retention purge) removes its offer and the offer's timeline.
        e.HasOne<JobApplication>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(o => o.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OfferStepConfiguration : IEntityTypeConfiguration<OfferStep>
{
    public void Configure(EntityTypeBuilder<OfferStep> e)
    {
        e.Property(s => s.By).HasMaxLength(256);
        e.HasIndex(s => new { s.OfferId, s.At });
        e.HasOne<Offer>().WithMany().HasForeignKey(s => s.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
