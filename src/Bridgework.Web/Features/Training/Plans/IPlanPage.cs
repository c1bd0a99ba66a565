using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>What the plan fields partial reads from the page that shows it.</summary>
public interface IPlanPage
{
    PlanInput Input { get; }

    PlanForm Form { get; }

    /// <summary>The job families one may still choose; empty when the family is fixed.</summary>
    IReadOnlyList<JobFamily> FamilyChoices { get; }
}
