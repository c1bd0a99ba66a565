using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring;

/// <summary>The kinds of role a coalition hires for; each has a seeded template a posting starts from.</summary>
public enum HiringRole
{
    CommunityHealthWorker = 0,
    Promotora = 1,
    PeerSupportSpecialist = 2,
    SeniorLead = 3,
    Supervisor = 4,
}

public enum PostingStatus
{
    Draft = 0,
    Open = 1,
    Paused = 2,
    Closed = 3,
}

/// <summary>
/// A coalition's starting point for a posting: duties in plain words and the lived experience and community
/// ties that count as experience. Seeded with defaults per coalition (<see cref="HiringDefaults"/>); data, not code.
/// </summary>
public sealed class RoleTemplate : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public HiringRole Role { get; set; }

    public required string Title { get; set; }

    public required string Duties { get; set; }

    public required string ValuedExperience { get; set; }

    public int FieldPercent { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// A job opening. Public pages find it by <see cref="PublicCode"/> under the coalition's slug, so its record
/// id never appears outside the admin pages. Optional Spanish wording is shown to Spanish readers.
/// </summary>
public sealed class Posting : ITenantOwned, IAudited, IVersioned
{
    public const int CodeLength = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    /// <summary>Short random code in the shareable link: /Jobs/{coalition}/{code}.</summary>
    public string PublicCode { get; init; } = NewCode();

    public Guid? TemplateId { get; set; }

    public HiringRole Role { get; set; }

    public required string Title { get; set; }

    public required string Duties { get; set; }

    public required string ValuedExperience { get; set; }

    public string? SpanishTitle { get; set; }

    public string? SpanishDuties { get; set; }

    public string? SpanishValuedExperience { get; set; }

    /// <summary>ISO 639-1 codes (see <see cref="Languages"/>), separated by commas.</summary>
    public string LanguagesNeeded { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public Guid? SiteId { get; set; }

    /// <summary>Hourly pay, in dollars.</summary>
    public decimal PayMin { get; set; }

    public decimal PayMax { get; set; }

    /// <summary>Share of time in the community, 0–100; the rest is in the clinic or office.</summary>
    public int FieldPercent { get; set; }

    public int Openings { get; set; } = 1;

    public PostingStatus Status { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? OpenedAt { get; set; }

    public Guid Version { get; set; }

    public IReadOnlyList<string> LanguageCodes =>
        LanguagesNeeded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the public may read it today: open, and not past its closing date.</summary>
    public static System.Linq.Expressions.Expression<Func<Posting, bool>> IsPublic(DateOnly today) =>
        p => p.Status == PostingStatus.Open && (p.ClosesOn == null || p.ClosesOn >= today);

    public void ChangeStatus(PostingStatus status, DateTime now)
    {
        if (status == PostingStatus.Open && OpenedAt is null)
        {
            OpenedAt = now;
        }

        Status = status;
    }

    private static string NewCode()
    {
        // Lower-case letters and digits without look-alikes, easy to read aloud or copy from a flyer.
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(CodeLength, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}

internal sealed class RoleTemplateConfiguration : IEntityTypeConfiguration<RoleTemplate>
{
    public void Configure(EntityTypeBuilder<RoleTemplate> e)
    {
        e.Property(t => t.Title).HasMaxLength(200);
        e.Property(t => t.Duties).HasMaxLength(4000);
        e.Property(t => t.ValuedExperience).HasMaxLength(4000);
        e.HasIndex(t => new { t.CoalitionId, t.Role });
    }
}

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> e)
    {
        e.Property(p => p.PublicCode).HasMaxLength(Posting.CodeLength);
        e.HasIndex(p => p.PublicCode).IsUnique();
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.SpanishTitle).HasMaxLength(200);
        e.Property(p => p.Duties).HasMaxLength(4000);
        e.Property(p => p.SpanishDuties).HasMaxLength(4000);
        e.Property(p => p.ValuedExperience).HasMaxLength(4000);
        e.Property(p => p.SpanishValuedExperience).HasMaxLength(4000);
        e.Property(p => p.LanguagesNeeded).HasMaxLength(200);
        e.Ignore(p => p.LanguageCodes);
        e.HasOne<RoleTemplate>().WithMany().HasForeignKey(p => p.TemplateId);
        e.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId);
        e.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId);
        e.HasIndex(p => new { p.CoalitionId, p.Status, p.ClosesOn });
    }
}
