using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Reminders;

/// <summary>
/// A reminder that went out: about what (a credential's expiry or a requirement's period end, with its
/// date), at which step (90, 60 or 30 days), to whom. The unique key makes a second send impossible.
/// </summary>
public sealed class TrainingReminder : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>"credential:{id}:{expiry}" or "requirement:{id}:{period end}".</summary>
    public required string Subject { get; set; }

    public int DaysBefore { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTime SentAt { get; set; }

    /// <summary>The addresses it went to, for the audit.</summary>
    public string? SentTo { get; set; }
}

internal sealed class TrainingReminderConfiguration : IEntityTypeConfiguration<TrainingReminder>
{
    public void Configure(EntityTypeBuilder<TrainingReminder> e)
    {
        e.Property(r => r.Subject).HasMaxLength(200);
        e.Property(r => r.SentTo).HasMaxLength(600);
        e.HasIndex(r => new { r.StaffMemberId, r.Subject, r.DaysBefore }).IsUnique();
        e.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId);
    }
}
