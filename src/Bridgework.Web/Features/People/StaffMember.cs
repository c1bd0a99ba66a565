using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.People;

/// <summary>A person who works in the coalition: a worker, a supervisor or a clinical team member.</summary>
public sealed class StaffMember : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public required string LegalFirstName { get; set; }

    public required string LegalLastName { get; set; }

    /// <summary>The name the person goes by; shown everywhere the legal name is not needed.</summary>
    public string? PreferredName { get; set; }

    public string? Pronouns { get; set; }

    public JobFamily JobFamily { get; set; }

    public string? JobTitle { get; set; }

    public Guid OrganizationId { get; set; }

    public Guid? SiteId { get; set; }

    /// <summary>The staff record of this person's supervisor.</summary>
    public Guid? SupervisorId { get; set; }

    public DateOnly? HireDate { get; set; }

    /// <summary>Full-time equivalent, 0.1 to 1.0.</summary>
    public decimal Fte { get; set; } = 1m;

    public EmploymentStatus Status { get; set; }

    public DateOnly? SeparationDate { get; set; }

    public string? SeparationReason { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The user account this person signs in with, when they have one.</summary>
    public Guid? UserId { get; set; }

    public Guid Version { get; set; }

    public List<StaffLanguage> Languages { get; init; } = [];

    public List<LivedExperience> LivedExperience { get; init; } = [];

    /// <summary>What a person is called on screen: the preferred first name when given.</summary>
    public string DisplayName => $"{(string.IsNullOrWhiteSpace(PreferredName) ? LegalFirstName : PreferredName)} {LegalLastName}";
}

public enum JobFamily
{
    CommunityHealthWorker = 0,
    Promotora = 1,
    CommunityHealthRepresentative = 2,
    PeerSupportSpecialist = 3,
    Supervisor = 4,
    ClinicalTeamMember = 5,
    Other = 6,
}

public enum EmploymentStatus
{
    Active = 0,
    OnLeave = 1,
    Separated = 2,
}

public sealed class StaffLanguage : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>An ISO 639-1 code such as "es" or "vi", from <see cref="Languages"/>.</summary>
    public required string Language { get; set; }

    public LanguageProficiency Proficiency { get; set; }
}

public enum LanguageProficiency
{
    Basic = 0,
    Conversational = 1,
    Fluent = 2,
    Native = 3,
}

/// <summary>
/// An area of lived experience a worker chose to record about themselves. Visible to that worker and to
/// coalition admins only; never exported, never logged, and audited without its value.
/// </summary>
public sealed class LivedExperience : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    [Sensitive]
    public LivedExperienceArea Area { get; set; }
}

public enum LivedExperienceArea
{
    MentalHealth = 0,
    SubstanceUse = 1,
    Homelessness = 2,
    JusticeInvolvement = 3,
    Immigration = 4,
    FosterCare = 5,
    Disability = 6,
    ChronicIllness = 7,
    DomesticViolence = 8,
    Caregiving = 9,
    Veteran = 10,
    Lgbtq = 11,
}
