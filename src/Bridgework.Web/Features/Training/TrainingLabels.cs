namespace Bridgework.Web.Features.Training;

/// <summary>Readable English names of the module's choices; each is also the key of its Spanish text.</summary>
public static class TrainingLabels
{
    public static string Label(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Compliant => "Compliant",
        ComplianceStatus.AtRisk => "At risk",
        ComplianceStatus.Lapsed => "Lapsed",
        _ => status.ToString(),
    };

    public static string Label(this CourseKind kind) => kind switch
    {
        CourseKind.Skills => "Skills",
        CourseKind.PopulationFocused => "Population-focused",
        CourseKind.RelationalPractice => "Relational practice",
        CourseKind.SelfCare => "Self-care and vicarious trauma",
        CourseKind.Compliance => "Compliance",
        _ => kind.ToString(),
    };

    public static string Label(this CourseFormat format) => format switch
    {
        CourseFormat.InPerson => "In person",
        CourseFormat.Virtual => "Virtual",
        CourseFormat.SelfPaced => "Self-paced",
        CourseFormat.FieldCoaching => "Field coaching",
        _ => format.ToString(),
    };

    public static string Label(this CredentialType type) => type switch
    {
        CredentialType.CommunityHealthWorkerCertificate => "CHW certificate",
        CredentialType.PeerSupportSpecialist => "Peer support specialist certification",
        CredentialType.PeerSpecialization => "Peer support specialization",
        CredentialType.MentalHealthFirstAid => "Mental Health First Aid",
        CredentialType.Other => "Other credential",
        _ => type.ToString(),
    };

    /// <summary>Hours as people write them: "6", "2.5".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
}
