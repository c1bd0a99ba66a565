using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Referrals;

/// <summary>
/// A staff member's personal referral code. An application sent through their link, or with the code typed
/// into the form, is credited to them. The code names nobody: a candidate never learns who it belongs to.
/// </summary>
public sealed class ReferralCode : ITenantOwned, IAudited
{
    public const int Length = 8;

    // Lower-case letters and digits without look-alikes (no i, l, o, 0, 1): easy to read aloud or type from paper.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public string Code { get; init; } = NewCode();

    public DateTime CreatedAt { get; set; }

    /// <summary>What someone typed or a link carried, as a code to look up; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToLowerInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    private static string NewCode() => string.Create(Length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}

/// <summary>What a referrer is told about a person they referred: never more than this.</summary>
public enum ReferralOutcome
{
    InProcess = 0,
    Hired = 1,
    NotMovingForward = 2,
}

public static class ReferralCodes
{
    public static string Label(this ReferralOutcome outcome) => outcome switch
    {
        ReferralOutcome.Hired => "Hired",
        ReferralOutcome.NotMovingForward => "Not moving forward",
        _ => "In process",
    };

    public static ReferralOutcome OutcomeOf(Pipeline.PhaseKind kind) => kind switch
    {
        Pipeline.PhaseKind.Hired => ReferralOutcome.Hired,
        Pipeline.PhaseKind.NotSelected or Pipeline.PhaseKind.Withdrawn => ReferralOutcome.NotMovingForward,
        _ => ReferralOutcome.InProcess,
    };

    /// <summary>
    /// The staff member a code belongs to, inside the current coalition, when they still work there. Anything
    /// else (a typo, a made-up code, another coalition's code, someone who left) credits nobody.
    /// </summary>
    public static async Task<Guid?> FindReferrerAsync(AppDbContext db, string? typed, CancellationToken cancellationToken)
    {
        if (ReferralCode.Normalize(typed) is not { } code)
        {
            return null;
        }

        return await db.Set<ReferralCode>()
            .Where(r => r.Code == code)
            .Join(db.Set<StaffMember>().Where(s => s.Status != EmploymentStatus.Separated), r => r.StaffMemberId, s => s.Id, (r, s) => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The staff member's code, made the first time they ask for it.</summary>
    public static async Task<string> EnsureAsync(AppDbContext db, Guid staffMemberId, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<ReferralCode>().Where(r => r.StaffMemberId == staffMemberId).Select(r => r.Code).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var made = new ReferralCode { StaffMemberId = staffMemberId, CreatedAt = now };
        db.Add(made);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return made.Code;
        }
        catch (DbUpdateException)
        {
            // The same person opened the page twice at once: the first request made the code.
            db.ChangeTracker.Clear();
            return await db.Set<ReferralCode>().Where(r => r.StaffMemberId == staffMemberId).Select(r => r.Code).FirstAsync(cancellationToken);
        }
    }
}

internal sealed class ReferralCodeConfiguration : IEntityTypeConfiguration<ReferralCode>
{
    public void Configure(EntityTypeBuilder<ReferralCode> e)
    {
        e.Property(r => r.Code).HasMaxLength(ReferralCode.Length);
        e.HasIndex(r => r.Code).IsUnique();
        e.HasIndex(r => new { r.CoalitionId, r.StaffMemberId }).IsUnique();
        e.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId);
    }
}
