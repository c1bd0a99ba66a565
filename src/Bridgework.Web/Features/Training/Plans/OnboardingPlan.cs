using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>
/// The courses a new hire of one job family is assigned, each due a number of days after the start date.
/// Every plan holds at least one self-care and vicarious-trauma course: the work carries secondary trauma
/// from the first week, and support for it is part of onboarding, not an extra.
/// </summary>
public sealed class OnboardingPlan : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public JobFamily JobFamily { get; set; }

    public required string Name { get; set; }

    public Guid Version { get; set; }

    public List<OnboardingPlanCourse> Courses { get; init; } = [];
}

/// <summary>One course of a plan and when it is due, in days from the start date.</summary>
public sealed class OnboardingPlanCourse : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid PlanId { get; set; }

    public Guid CourseId { get; set; }

    public int DueAfterDays { get; set; }
}

internal sealed class OnboardingPlanConfiguration : IEntityTypeConfiguration<OnboardingPlan>
{
    public void Configure(EntityTypeBuilder<OnboardingPlan> e)
    {
        e.Property(p => p.Name).HasMaxLength(200);
        e.HasIndex(p => new { p.CoalitionId, p.JobFamily }).IsUnique();
        e.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.PlanId);
    }
}

internal sealed class OnboardingPlanCourseConfiguration : IEntityTypeConfiguration<OnboardingPlanCourse>
{
    public void Configure(EntityTypeBuilder<OnboardingPlanCourse> e)
    {
        e.HasIndex(c => new { c.PlanId, c.CourseId }).IsUnique();
        e.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId);
    }
}
