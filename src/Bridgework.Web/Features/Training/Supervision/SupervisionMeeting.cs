using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Supervision;

public enum MeetingType
{
    Regular = 0,
    Reflective = 1,
}

/// <summary>The RELATE areas of reflective supervision (Camden Coalition), in the order of the letters.</summary>
public enum RelateArea
{
    Relationship = 0,
    Emotion = 1,
    LimitsAndBoundaries = 2,
    Agency = 3,
    Teamwork = 4,
    Ecosystem = 5,
}

public enum ActionOwner
{
    Worker = 0,
    Supervisor = 1,
}

/// <summary>
/// One 1:1 supervision meeting between a supervisor and a worker. Meetings are kept as they were recorded;
/// what changes later is only whether their agreed actions are closed.
/// </summary>
public sealed class SupervisionMeeting : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    /// <summary>The worker supervised.</summary>
    public Guid StaffMemberId { get; set; }

    /// <summary>The staff record of the supervisor who held and recorded the meeting.</summary>
    public Guid SupervisorStaffId { get; set; }

    public DateOnly HeldOn { get; set; }

    public MeetingType Type { get; set; }

    public string? Strengths { get; set; }

    public string? GrowthAreas { get; set; }

    public DateTime RecordedAt { get; set; }

    public List<ReflectiveNote> Notes { get; init; } = [];
}

/// <summary>
/// A note on one RELATE area of a reflective meeting. Only the worker and the supervisor of that meeting
/// may read it: never a coalition admin, never another supervisor. Audited without its text.
/// </summary>
public sealed class ReflectiveNote : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid MeetingId { get; set; }

    public RelateArea Area { get; set; }

    [Sensitive]
    public required string Note { get; set; }
}

/// <summary>An action agreed at a meeting, owned by the worker or the supervisor; open until closed at a later meeting.</summary>
public sealed class SupervisionAction : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>The worker whose supervision it belongs to, so it follows them to their next meeting.</summary>
    public Guid StaffMemberId { get; set; }

    public required string Text { get; set; }

    public ActionOwner Owner { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The meeting at which it was marked closed.</summary>
    public Guid? ClosedAtMeetingId { get; set; }

    public void Close(Guid meetingId, DateOnly on)
    {
        ClosedOn ??= on;
        ClosedAtMeetingId ??= meetingId;
    }
}

internal sealed class SupervisionMeetingConfiguration : IEntityTypeConfiguration<SupervisionMeeting>
{
    public void Configure(EntityTypeBuilder<SupervisionMeeting> e)
    {
        e.Property(m => m.Strengths).HasMaxLength(2000);
        e.Property(m => m.GrowthAreas).HasMaxLength(2000);
        e.HasIndex(m => new { m.StaffMemberId, m.HeldOn });
        e.HasIndex(m => new { m.SupervisorStaffId, m.HeldOn });
        e.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.SupervisorStaffId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(m => m.Notes).WithOne().HasForeignKey(n => n.MeetingId);
    }
}

internal sealed class ReflectiveNoteConfiguration : IEntityTypeConfiguration<ReflectiveNote>
{
    public void Configure(EntityTypeBuilder<ReflectiveNote> e)
    {
        e.Property(n => n.Note).HasMaxLength(2000);
        e.HasIndex(n => new { n.MeetingId, n.Area }).IsUnique();
    }
}

internal sealed class SupervisionActionConfiguration : IEntityTypeConfiguration<SupervisionAction>
{
    public void Configure(EntityTypeBuilder<SupervisionAction> e)
    {
        e.Property(a => a.Text).HasMaxLength(500);
        e.HasIndex(a => new { a.StaffMemberId, a.ClosedOn });
        e.HasOne<SupervisionMeeting>().WithMany().HasForeignKey(a => a.MeetingId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
