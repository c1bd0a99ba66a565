using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Hiring.Apply;

/// <summary>How a candidate heard about the job: the channels coalitions want to learn from.</summary>
public enum HeardFrom
{
    CommunityBoard = 0,
    LocalBusiness = 1,
    WordOfMouth = 2,
    StaffReferral = 3,
    SocialMedia = 4,
    JobSite = 5,
    Event = 6,
    Other = 7,
}

/// <summary>
/// One person's application to one posting. There is deliberately no field about conviction history:
/// California's Fair Chance Act forbids asking before a conditional offer. The community and lived
/// experience answers are optional and the candidate's to give; they are audited without their values.
/// </summary>
public sealed class JobApplication : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid PostingId { get; set; }

    /// <summary>From the form; a second send of the same form finds the first application.</summary>
    public Guid IdempotencyKey { get; set; }

    [Sensitive]
    public required string Name { get; set; }

    [Sensitive]
    public string? Email { get; set; }

    [Sensitive]
    public string? Phone { get; set; }

    public HeardFrom HeardFrom { get; set; }

    public string? HeardFromDetail { get; set; }

    public string Languages { get; set; } = "";

    public required string Availability { get; set; }

    [Sensitive]
    public string? CommunityConnection { get; set; }

    [Sensitive]
    public string? LivedExperience { get; set; }

    /// <summary>"en" or "es": the language the candidate applied in, used for every message to them.</summary>
    public string Language { get; set; } = "en";

    /// <summary>SHA-256 of the private status link's token, in hex; the token itself is only in the candidate's hands.</summary>
    public required string StatusTokenHash { get; set; }

    public string? ResumeFileName { get; set; }

    /// <summary>File name under the upload folder, outside wwwroot.</summary>
    public string? ResumeStoredName { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>Where the candidate is in the coalition's pipeline (a PipelinePhase).</summary>
    public Guid PhaseId { get; set; }

    /// <summary>The staff member whose referral link or code came with the application.</summary>
    public Guid? ReferrerStaffId { get; set; }
}

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> e)
    {
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.Email).HasMaxLength(256);
        e.Property(a => a.Phone).HasMaxLength(40);
        e.Property(a => a.HeardFromDetail).HasMaxLength(200);
        e.Property(a => a.Languages).HasMaxLength(200);
        e.Property(a => a.Availability).HasMaxLength(1000);
        e.Property(a => a.CommunityConnection).HasMaxLength(2000);
        e.Property(a => a.LivedExperience).HasMaxLength(2000);
        e.Property(a => a.Language).HasMaxLength(8);
        e.Property(a => a.StatusTokenHash).HasMaxLength(64);
        e.Property(a => a.ResumeFileName).HasMaxLength(200);
        e.Property(a => a.ResumeStoredName).HasMaxLength(100);
        e.HasIndex(a => a.StatusTokenHash).IsUnique();
        e.HasIndex(a => new { a.CoalitionId, a.IdempotencyKey }).IsUnique();
        e.HasIndex(a => new { a.PostingId, a.SubmittedAt });
        e.HasOne<Posting>().WithMany().HasForeignKey(a => a.PostingId);
        e.HasOne<Pipeline.PipelinePhase>().WithMany().HasForeignKey(a => a.PhaseId);
        e.HasIndex(a => new { a.PostingId, a.PhaseId });
        e.HasOne<People.StaffMember>().WithMany().HasForeignKey(a => a.ReferrerStaffId);
        e.HasIndex(a => new { a.ReferrerStaffId, a.SubmittedAt });
    }
}
