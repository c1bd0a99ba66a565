using Bridgework.Web.Features.People;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>
/// The onboarding plans a coalition starts from, by course title in its catalog; each holds a self-care
/// and vicarious-trauma course in the first weeks. Seeded as rows a coalition admin edits.
/// </summary>
public static class PlanDefaults
{
    public static readonly IReadOnlyList<(JobFamily Family, string Name, (string Course, int Days)[] Courses)> Plans =
    [
        (JobFamily.CommunityHealthWorker, "Community health worker onboarding",
            [("HIPAA and Confidentiality", 7), ("Vicarious Trauma and Resilience", 21), ("Documentation for Medi-Cal CHW Services", 30), ("Motivational Interviewing Foundations", 60), ("Trauma-Informed Relationships", 60), ("Field Coaching: Home Visits", 90)]),
        (JobFamily.Promotora, "Promotor(a) onboarding",
            [("HIPAA and Confidentiality", 7), ("Self-Care Planning for Frontline Staff", 14), ("Cultural Mediation and Humility", 30), ("Relationship-Centered Practice", 45), ("Outreach to People Without Homes", 60)]),
        (JobFamily.PeerSupportSpecialist, "Peer support specialist onboarding",
            [("HIPAA and Confidentiality", 7), ("Vicarious Trauma and Resilience", 21), ("Peer Support Law and Ethics", 45), ("Mandated Reporting in California", 30), ("Supporting People Living with Serious Mental Illness", 90)]),
        (JobFamily.Supervisor, "Supervisor onboarding",
            [("HIPAA and Confidentiality", 7), ("Vicarious Trauma and Resilience", 14), ("Trauma-Informed Relationships", 30), ("Relationship-Centered Practice", 45)]),
    ];

    /// <summary>The default plans built on a coalition's catalog; a course missing from the catalog is left out.</summary>
    public static List<OnboardingPlan> For(IReadOnlyDictionary<string, Guid> coursesByTitle) => Plans.Select(p => new OnboardingPlan
    {
        JobFamily = p.Family,
        Name = p.Name,
        Courses = p.Courses
            .Where(c => coursesByTitle.ContainsKey(c.Course))
            .Select(c => new OnboardingPlanCourse { CourseId = coursesByTitle[c.Course], DueAfterDays = c.Days })
            .ToList(),
    }).ToList();
}
