using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.Training;

/// <summary>
/// A skill in the coalition's competency framework. Seeded with the 11 C3 Project skills; a coalition may
/// add its own beside them.
/// </summary>
public sealed class Competency : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Where the competency comes from, e.g. the C3 Project; null for the coalition's own.</summary>
    public string? Source { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The level every worker is expected to reach; proficient unless the coalition sets another.</summary>
    public Proficiency TargetLevel { get; set; } = Proficiency.Proficient;

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }
}

/// <summary>The proficiency scale used when a competency is assessed.</summary>
public enum Proficiency
{
    Developing = 0,
    Proficient = 1,
    Advanced = 2,
    Mentor = 3,
}

public enum CourseKind
{
    Skills = 0,
    PopulationFocused = 1,
    RelationalPractice = 2,
    SelfCare = 3,
    Compliance = 4,
}

public enum CourseFormat
{
    InPerson = 0,
    Virtual = 1,
    SelfPaced = 2,
    FieldCoaching = 3,
}

public enum CredentialType
{
    CommunityHealthWorkerCertificate = 0,
    PeerSupportSpecialist = 1,
    PeerSpecialization = 2,
    MentalHealthFirstAid = 3,
    Other = 4,
}

public enum RequirementPeriod
{
    /// <summary>January 1 to December 31.</summary>
    CalendarYear = 0,

    /// <summary>A cycle of <see cref="ContinuingEducationRequirement.CycleYears"/> years counted from the certification's issue date.</summary>
    CertificationCycle = 1,
}

/// <summary>
/// A continuing-education rule, kept as data a coalition admin can edit: who it applies to (holders of a
/// credential type), how long a period is, how many hours it asks for and how many of them in law and ethics.
/// A requirement of zero hours is a renewal: the credential itself must stay current.
/// </summary>
public sealed class ContinuingEducationRequirement : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Name { get; set; }

    public CredentialType AppliesTo { get; set; }

    public RequirementPeriod Period { get; set; }

    public int CycleYears { get; set; } = 1;

    public decimal Hours { get; set; }

    public decimal LawAndEthicsHours { get; set; }

    /// <summary>Where the rule comes from, so an auditor can check it.</summary>
    public string? Source { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A course in the coalition's catalog.</summary>
public sealed class Course : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public CourseKind Kind { get; set; }

    public CourseFormat Format { get; set; }

    public decimal Hours { get; set; }

    /// <summary>ISO 639-1 codes separated by commas, e.g. "en,es".</summary>
    public string Languages { get; set; } = "en";

    public string? Provider { get; set; }

    /// <summary>The credential a completion grants, if any, and for how many years.</summary>
    public CredentialType? GrantsCredential { get; set; }

    public int? CredentialValidYears { get; set; }

    /// <summary>The continuing-education requirement its hours count toward.</summary>
    public Guid? RequirementId { get; set; }

    /// <summary>Whether its hours count toward a law-and-ethics subset.</summary>
    public bool IsLawAndEthics { get; set; }

    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    public List<CourseCompetency> Competencies { get; init; } = [];
}

/// <summary>A competency a course builds.</summary>
public sealed class CourseCompetency : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid CourseId { get; set; }

    public Guid CompetencyId { get; set; }
}

/// <summary>A credential a worker holds: a certificate, a certification or a specialization.</summary>
public sealed class Credential : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public CredentialType Type { get; set; }

    /// <summary>What the credential is called, e.g. "Crisis care specialization".</summary>
    public required string Name { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Who issued it, e.g. CalMHSA or a community college.</summary>
    public string? Issuer { get; set; }

    /// <summary>Peer support specializations held, as <see cref="PeerSpecialization"/> names separated by commas.</summary>
    public string? Specializations { get; set; }

    /// <summary>The uploaded copy of the certificate, stored outside the web root under this random name.</summary>
    public string? DocumentStoredName { get; set; }

    public string? DocumentFileName { get; set; }

    public Guid Version { get; set; }
}

/// <summary>The specializations of the Medi-Cal peer support specialist certification (SB 803).</summary>
public enum PeerSpecialization
{
    ParentCaregiverFamily = 0,
    CrisisCare = 1,
    Unhoused = 2,
    JusticeInvolved = 3,
}

/// <summary>How a completion came to be recorded.</summary>
public enum CompletionSource
{
    /// <summary>Attendance taken at a session, or hours entered by the coalition.</summary>
    Attendance = 0,

    /// <summary>The worker finished a self-paced course and said so, with evidence.</summary>
    SelfPaced = 1,

    /// <summary>Training outside the coalition's catalog, shown by a certificate.</summary>
    Outside = 2,
}

/// <summary>Whether a completion counts: records a worker reports themselves wait for a supervisor.</summary>
public enum ApprovalStatus
{
    Approved = 0,
    Pending = 1,
    Returned = 2,
}

/// <summary>Hours a worker completed: attendance at a session, a self-paced course or an outside training.</summary>
public sealed class CompletionRecord : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public Guid? CourseId { get; set; }

    /// <summary>The session whose attendance created this record, if any.</summary>
    public Guid? SessionId { get; set; }

    /// <summary>The course title at the time, or the name of an outside training.</summary>
    public required string Title { get; set; }

    public DateOnly CompletedOn { get; set; }

    public decimal Hours { get; set; }

    public Guid? RequirementId { get; set; }

    public bool IsLawAndEthics { get; set; }

    public string? EvidenceNote { get; set; }

    public CompletionSource Source { get; set; }

    /// <summary>Only approved records count toward compliance hours and done assignments.</summary>
    public ApprovalStatus Approval { get; set; }

    /// <summary>Who outside the coalition gave the training, for outside training.</summary>
    public string? Provider { get; set; }

    public string? EvidenceStoredName { get; set; }

    public string? EvidenceFileName { get; set; }

    /// <summary>When the worker reported it; null for attendance.</summary>
    public DateTime? RecordedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why a supervisor returned it, shown to the worker.</summary>
    public string? ReturnReason { get; set; }

    public Guid Version { get; set; }

    /// <summary>A supervisor's decision on a record waiting for review.</summary>
    public void Review(bool approve, string? reason, string? by, DateTime at)
    {
        Approval = approve ? ApprovalStatus.Approved : ApprovalStatus.Returned;
        ReturnReason = approve ? null : reason;
        ReviewedBy = by;
        ReviewedAt = at;
    }
}

/// <summary>
/// A scheduled session of a course. Date and times are the coalition's wall-clock time. The first
/// <see cref="Capacity"/> sign-ups hold seats; later ones wait in line and move up when someone cancels.
/// </summary>
public sealed class TrainingSession : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid CourseId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public string? Place { get; set; }

    public string? Link { get; set; }

    public int Capacity { get; set; }

    /// <summary>When attendance was taken; null until then.</summary>
    public DateTime? AttendanceTakenAt { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A worker's place at a session, in sign-up order.</summary>
public sealed class SessionSignUp : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid SessionId { get; set; }

    public Guid StaffMemberId { get; set; }

    public DateTime SignedUpAt { get; set; }

    public bool Attended { get; set; }
}
