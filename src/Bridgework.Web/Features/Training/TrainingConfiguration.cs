using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training;

internal sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Description).HasMaxLength(1000);
        e.Property(c => c.Source).HasMaxLength(300);
        // Rows made before the target existed start at proficient; the sentinel makes EF always send the value.
        e.Property(c => c.TargetLevel).HasDefaultValue(Proficiency.Proficient).HasSentinel((Proficiency)(-1));
    }
}

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<ContinuingEducationRequirement>
{
    public void Configure(EntityTypeBuilder<ContinuingEducationRequirement> e)
    {
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Source).HasMaxLength(500);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> e)
    {
        e.Property(c => c.Title).HasMaxLength(200);
        e.Property(c => c.Description).HasMaxLength(2000);
        e.Property(c => c.Languages).HasMaxLength(100);
        e.Property(c => c.Provider).HasMaxLength(200);
        e.HasOne<ContinuingEducationRequirement>().WithMany().HasForeignKey(c => c.RequirementId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(c => c.Competencies).WithOne().HasForeignKey(c => c.CourseId);
    }
}

internal sealed class CourseCompetencyConfiguration : IEntityTypeConfiguration<CourseCompetency>
{
    public void Configure(EntityTypeBuilder<CourseCompetency> e)
    {
        e.HasIndex(c => new { c.CourseId, c.CompetencyId }).IsUnique();
        e.HasOne<Competency>().WithMany().HasForeignKey(c => c.CompetencyId);
    }
}

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Issuer).HasMaxLength(200);
        e.Property(c => c.Specializations).HasMaxLength(200);
        e.Property(c => c.DocumentStoredName).HasMaxLength(100);
        e.Property(c => c.DocumentFileName).HasMaxLength(200);
        e.HasIndex(c => new { c.StaffMemberId, c.Type });
        e.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId);
    }
}

internal sealed class CompletionRecordConfiguration : IEntityTypeConfiguration<CompletionRecord>
{
    public void Configure(EntityTypeBuilder<CompletionRecord> e)
    {
        e.Property(c => c.Title).HasMaxLength(200);
        e.Property(c => c.EvidenceNote).HasMaxLength(1000);
        e.Property(c => c.Provider).HasMaxLength(200);
        e.Property(c => c.EvidenceStoredName).HasMaxLength(100);
        e.Property(c => c.EvidenceFileName).HasMaxLength(200);
        e.Property(c => c.ReviewedBy).HasMaxLength(256);
        e.Property(c => c.ReturnReason).HasMaxLength(500);
        e.HasIndex(c => new { c.Approval, c.StaffMemberId });
        e.HasIndex(c => new { c.StaffMemberId, c.CompletedOn });
        e.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId);
        e.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(c => new { c.SessionId, c.StaffMemberId });
        e.HasOne<ContinuingEducationRequirement>().WithMany().HasForeignKey(c => c.RequirementId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> e)
    {
        e.Property(s => s.Place).HasMaxLength(300);
        e.Property(s => s.Link).HasMaxLength(500);
        e.HasIndex(s => new { s.CoalitionId, s.Date });
        e.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId);
    }
}

internal sealed class SessionSignUpConfiguration : IEntityTypeConfiguration<SessionSignUp>
{
    public void Configure(EntityTypeBuilder<SessionSignUp> e)
    {
        e.HasIndex(s => new { s.SessionId, s.StaffMemberId }).IsUnique();
        e.HasOne<TrainingSession>().WithMany().HasForeignKey(s => s.SessionId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId);
    }
}
