namespace Bridgework.Web.Features.Training.Courses;

/// <summary>
/// One course of the catalog a coalition can start from. <see cref="Competencies"/> are positions in the C3
/// list (1 = communication … 11 = knowledge base); <see cref="Requirement"/> names the continuing-education
/// requirement its hours count toward: "chw" or "peer".
/// </summary>
public sealed record CourseSeed(string Title, CourseKind Kind, CourseFormat Format, decimal Hours, string Languages, string Provider,
    int[] Competencies, string Requirement = "chw", bool LawAndEthics = false, CredentialType? Grants = null, int? ValidYears = null, string? Description = null);

/// <summary>
/// A catalog of courses of every kind. The demo coalitions get all of it; any other coalition gets the
/// courses its default onboarding plans name (see <see cref="Plans.EnsureTrainingDefaults"/>), as rows its
/// admin edits.
/// </summary>
public static class CourseDefaults
{
    public static readonly IReadOnlyList<CourseSeed> Catalog =
    [
        new("Motivational Interviewing Foundations", CourseKind.Skills, CourseFormat.InPerson, 12m, "en,es", "Valley Training Collaborative", [1, 2, 4],
            Description: "The spirit and core skills of motivational interviewing, with practice rounds and coaching. No practitioner certification exists; hours and coaching are recorded."),
        new("Mental Health First Aid", CourseKind.Skills, CourseFormat.InPerson, 8m, "en,es", "National Council for Mental Wellbeing", [1, 7, 11],
            Grants: CredentialType.MentalHealthFirstAid, ValidYears: 3, Description: "How to recognize and respond to signs of mental health and substance use challenges."),
        new("De-escalation and Crisis Response", CourseKind.Skills, CourseFormat.InPerson, 4m, "en,es", "Coalition training team", [1, 2, 9]),
        new("Documentation for Medi-Cal CHW Services", CourseKind.Skills, CourseFormat.Virtual, 3m, "en,es", "Coalition training team", [9, 10]),
        new("Harm Reduction Basics", CourseKind.Skills, CourseFormat.SelfPaced, 3m, "en,es", "Harm Reduction Learning Network", [2, 11]),
        new("Field Coaching: Home Visits", CourseKind.Skills, CourseFormat.FieldCoaching, 2m, "en,es,mix", "Coalition training team", [3, 7, 8]),
        new("Serving LGBTQ2I+ Clients with Respect", CourseKind.PopulationFocused, CourseFormat.Virtual, 3m, "en,es", "Central Valley Pride Health", [1, 2, 11]),
        new("Working with Justice-Involved Clients", CourseKind.PopulationFocused, CourseFormat.InPerson, 4m, "en", "Reentry Partners of California", [3, 5, 11]),
        new("Outreach to People Without Homes", CourseKind.PopulationFocused, CourseFormat.InPerson, 4m, "en,es", "Coalition training team", [3, 8, 11]),
        new("Supporting People Living with Serious Mental Illness", CourseKind.PopulationFocused, CourseFormat.Virtual, 6m, "en", "Sierra Foothills Behavioral Health", [2, 7, 11], Requirement: "peer"),
        new("Relationship-Centered Practice", CourseKind.RelationalPractice, CourseFormat.InPerson, 4m, "en,es", "Coalition training team", [1, 2, 4]),
        new("Trauma-Informed Relationships", CourseKind.RelationalPractice, CourseFormat.Virtual, 3m, "en,es", "Coalition training team", [2, 11],
            Description: "The six SAMHSA trauma-informed principles (2014) in everyday work with clients and coworkers."),
        new("Cultural Mediation and Humility", CourseKind.RelationalPractice, CourseFormat.InPerson, 3m, "en,es,hmn", "Promotores Unidos del Valle", [1, 5, 6]),
        new("Vicarious Trauma and Resilience", CourseKind.SelfCare, CourseFormat.InPerson, 3m, "en,es", "Coalition wellness team", [9]),
        new("Self-Care Planning for Frontline Staff", CourseKind.SelfCare, CourseFormat.SelfPaced, 2m, "en,es", "Coalition wellness team", [9]),
        new("Peer Support Law and Ethics", CourseKind.Compliance, CourseFormat.Virtual, 6m, "en", "CalMHSA-approved provider", [9], Requirement: "peer", LawAndEthics: true),
        new("HIPAA and Confidentiality", CourseKind.Compliance, CourseFormat.SelfPaced, 2m, "en,es", "Coalition compliance office", [9], LawAndEthics: true),
        new("Mandated Reporting in California", CourseKind.Compliance, CourseFormat.SelfPaced, 2m, "en,es", "Coalition compliance office", [9], Requirement: "peer", LawAndEthics: true),
    ];

    /// <summary>
    /// A course from its seed, with the competencies it builds. <paramref name="competencyAt"/> finds a C3 skill by
    /// its position and <paramref name="requirementFor"/> a requirement by "chw" or "peer"; either may find none.
    /// </summary>
    public static (Course Course, List<CourseCompetency> Builds) New(CourseSeed seed, Func<int, Guid?> competencyAt, Func<string, Guid?> requirementFor, string? provider)
    {
        var course = new Course
        {
            Title = seed.Title,
            Description = seed.Description,
            Kind = seed.Kind,
            Format = seed.Format,
            Hours = seed.Hours,
            Languages = seed.Languages,
            Provider = provider,
            GrantsCredential = seed.Grants,
            CredentialValidYears = seed.ValidYears,
            RequirementId = seed.Grants is null ? requirementFor(seed.Requirement) : null,
            IsLawAndEthics = seed.LawAndEthics,
        };
        var builds = seed.Competencies
            .Select(competencyAt).OfType<Guid>().Distinct()
            .Select(id => new CourseCompetency { CourseId = course.Id, CompetencyId = id })
            .ToList();
        return (course, builds);
    }
}
