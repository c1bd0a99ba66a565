using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.People;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e)
    {
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.AddressLine).HasMaxLength(200);
        e.Property(o => o.City).HasMaxLength(100);
        e.Property(o => o.County).HasMaxLength(100);
        e.Property(o => o.PostalCode).HasMaxLength(10);
        e.Property(o => o.Phone).HasMaxLength(40);
        e.Property(o => o.Website).HasMaxLength(300);
        e.HasMany(o => o.Sites).WithOne().HasForeignKey(s => s.OrganizationId);
        e.HasIndex(o => new { o.CoalitionId, o.Name });
    }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> e)
    {
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.AddressLine).HasMaxLength(200);
        e.Property(s => s.City).HasMaxLength(100);
        e.Property(s => s.County).HasMaxLength(100);
        e.Property(s => s.PostalCode).HasMaxLength(10);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> e)
    {
        e.Property(t => t.Name).HasMaxLength(200);
        e.Property(t => t.Description).HasMaxLength(1000);
        e.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId);
        e.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.SupervisorId);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> e)
    {
        e.HasIndex(m => new { m.TeamId, m.StaffMemberId }).IsUnique();
        e.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId);
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> e)
    {
        e.Property(s => s.LegalFirstName).HasMaxLength(100);
        e.Property(s => s.LegalLastName).HasMaxLength(100);
        e.Property(s => s.PreferredName).HasMaxLength(100);
        e.Property(s => s.Pronouns).HasMaxLength(40);
        e.Property(s => s.JobTitle).HasMaxLength(120);
        e.Property(s => s.SeparationReason).HasMaxLength(500);
        e.Property(s => s.Email).HasMaxLength(256);
        e.Property(s => s.Phone).HasMaxLength(40);
        e.Property(s => s.Fte).HasPrecision(4, 2);
        e.Ignore(s => s.DisplayName);
        e.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId);
        e.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId);
        e.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.SupervisorId);
        e.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.StaffMemberId);
        e.HasMany(s => s.LivedExperience).WithOne().HasForeignKey(l => l.StaffMemberId);
        e.HasIndex(s => new { s.CoalitionId, s.LegalLastName, s.LegalFirstName });
        e.HasIndex(s => new { s.CoalitionId, s.Status });
        e.HasIndex(s => s.UserId);
        e.HasIndex(s => s.SupervisorId);
    }
}

internal sealed class StaffLanguageConfiguration : IEntityTypeConfiguration<StaffLanguage>
{
    public void Configure(EntityTypeBuilder<StaffLanguage> e)
    {
        e.Property(l => l.Language).HasMaxLength(8);
        e.HasIndex(l => new { l.StaffMemberId, l.Language }).IsUnique();
        e.HasIndex(l => new { l.CoalitionId, l.Language });
    }
}

internal sealed class LivedExperienceConfiguration : IEntityTypeConfiguration<LivedExperience>
{
    public void Configure(EntityTypeBuilder<LivedExperience> e) =>
        e.HasIndex(l => new { l.StaffMemberId, l.Area }).IsUnique();
}
