namespace Bridgework.Web.Features.Training;

/// <summary>
/// The defaults a coalition starts from, each with its source (shared/domain/README.md). They are seeded
/// as rows that coalition admins can edit; no rule is read from here after seeding.
/// </summary>
public static class TrainingDefaults
{
    public const string C3Source = "C3 Project (Community Health Worker Core Consensus Project), c3project.org; California WIC §18998";

    /// <summary>The 11 C3 core skills, in the C3 order.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> C3Skills =
    [
        ("Communication", "Listening, using plain language, and communicating in the language and style of the people served."),
        ("Interpersonal and relationship-building", "Building trust, working with diverse groups, and setting healthy boundaries."),
        ("Service coordination and navigation", "Finding resources, making referrals, and following up on care across systems."),
        ("Capacity building", "Helping individuals and communities identify goals and act on them."),
        ("Advocacy", "Speaking up with and for individuals and communities to change practices and policies."),
        ("Education and facilitation", "Teaching health information in culturally fitting ways and leading groups."),
        ("Individual and community assessment", "Gathering information about strengths and needs, with people and communities."),
        ("Outreach", "Finding and engaging people where they are, including door to door and at events."),
        ("Professional skills and conduct", "Setting goals, documenting work, managing time, and following ethics and scope of practice."),
        ("Evaluation and research", "Taking part in evaluating programs and in community-based research."),
        ("Knowledge base", "Knowing the health issues, social determinants and systems that affect the community."),
    ];

    public static readonly IReadOnlyList<ContinuingEducationRequirement> Requirements =
    [
        new()
        {
            Name = "CHW continuing education",
            AppliesTo = CredentialType.CommunityHealthWorkerCertificate,
            Period = RequirementPeriod.CalendarYear,
            CycleYears = 1,
            Hours = 6m,
            Source = "DHCS Medi-Cal Community Health Worker benefit (since July 2022): at least 6 hours of continuing education each year.",
        },
        new()
        {
            Name = "Peer support specialist renewal",
            AppliesTo = CredentialType.PeerSupportSpecialist,
            Period = RequirementPeriod.CertificationCycle,
            CycleYears = 2,
            Hours = 20m,
            LawAndEthicsHours = 6m,
            Source = "SB 803 Medi-Cal Peer Support Specialist certification (CalMHSA): renewal every 2 years with 20 hours of continuing education, 6 in law and ethics.",
        },
        new()
        {
            Name = "Mental Health First Aid renewal",
            AppliesTo = CredentialType.MentalHealthFirstAid,
            Period = RequirementPeriod.CertificationCycle,
            CycleYears = 3,
            Hours = 0m,
            Source = "Mental Health First Aid (National Council for Mental Wellbeing): certification lasts 3 years.",
        },
    ];

    /// <summary>Copies of the default requirements, for one coalition.</summary>
    public static List<ContinuingEducationRequirement> NewRequirements() => Requirements.Select(r => new ContinuingEducationRequirement
    {
        Name = r.Name,
        AppliesTo = r.AppliesTo,
        Period = r.Period,
        CycleYears = r.CycleYears,
        Hours = r.Hours,
        LawAndEthicsHours = r.LawAndEthicsHours,
        Source = r.Source,
    }).ToList();

    /// <summary>The C3 framework, for one coalition.</summary>
    public static List<Competency> NewFramework() => C3Skills.Select((s, i) => new Competency
    {
        Name = s.Name,
        Description = s.Description,
        Source = C3Source,
        SortOrder = i + 1,
    }).ToList();
}
