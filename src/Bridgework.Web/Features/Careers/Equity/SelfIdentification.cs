using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.Careers.Equity;

public enum GenderGroup
{
    PreferNotToSay = 0,
    Woman = 1,
    Man = 2,
    NonBinary = 3,
    AnotherGender = 4,
}

public enum RaceEthnicityGroup
{
    PreferNotToSay = 0,
    HispanicOrLatino = 1,
    Black = 2,
    Asian = 3,
    NativeAmerican = 4,
    PacificIslander = 5,
    White = 6,
    MiddleEasternOrNorthAfrican = 7,
    Multiracial = 8,
    AnotherRace = 9,
}

public enum LanguageGroup
{
    PreferNotToSay = 0,
    English = 1,
    Spanish = 2,
    IndigenousLanguageOfMexico = 3,
    Hmong = 4,
    Vietnamese = 5,
    Tagalog = 6,
    Chinese = 7,
    Punjabi = 8,
    AnotherLanguage = 9,
}

public enum LivedExperienceGroup
{
    PreferNotToSay = 0,
    NoneToShare = 1,
    MentalHealthOrSubstanceUse = 2,
    HousingInstability = 3,
    JusticeInvolvement = 4,
    Immigration = 5,
    AnotherArea = 6,
}

/// <summary>
/// What a worker chose to tell about themselves for the pay-equity report. Optional in every part, with
/// "prefer not to say" the default; only the worker reads or changes it, and reports show groups of five
/// or more only. The audit trail records that it changed, never the answers.
/// </summary>
public sealed class SelfIdentification : ITenantOwned, IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    public Guid StaffMemberId { get; set; }

    [Sensitive]
    public GenderGroup Gender { get; set; }

    [Sensitive]
    public RaceEthnicityGroup RaceEthnicity { get; set; }

    [Sensitive]
    public LanguageGroup PrimaryLanguage { get; set; }

    [Sensitive]
    public LivedExperienceGroup LivedExperience { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class SelfIdentificationConfiguration : IEntityTypeConfiguration<SelfIdentification>
{
    public void Configure(EntityTypeBuilder<SelfIdentification> e)
    {
        e.HasOne<People.StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => s.StaffMemberId).IsUnique();
    }
}

/// <summary>The four things a worker may tell, and the English names of the answers (keys of the Spanish text).</summary>
public enum EquityDimension
{
    Gender = 0,
    RaceEthnicity = 1,
    PrimaryLanguage = 2,
    LivedExperience = 3,
}

public static class EquityLabels
{
    public static string Of(EquityDimension dimension) => dimension switch
    {
        EquityDimension.Gender => "Gender",
        EquityDimension.RaceEthnicity => "Race and ethnicity",
        EquityDimension.PrimaryLanguage => "Primary language",
        _ => "Lived experience",
    };

    public static string Of(Enum answer) => answer.ToString() switch
    {
        "PreferNotToSay" => "Prefer not to say",
        "Woman" => "Woman",
        "Man" => "Man",
        "NonBinary" => "Non-binary",
        "AnotherGender" => "Another gender identity",
        "HispanicOrLatino" => "Hispanic or Latino/a/e",
        "Black" => "Black or African American",
        "Asian" => "Asian or Asian American",
        "NativeAmerican" => "American Indian or Alaska Native",
        "PacificIslander" => "Native Hawaiian or Pacific Islander",
        "White" => "White",
        "MiddleEasternOrNorthAfrican" => "Middle Eastern or North African",
        "Multiracial" => "More than one race",
        "AnotherRace" => "Another race or ethnicity",
        "English" => "English",
        "Spanish" => "Spanish",
        "IndigenousLanguageOfMexico" => "An Indigenous language of Mexico or Central America",
        "Hmong" => "Hmong",
        "Vietnamese" => "Vietnamese",
        "Tagalog" => "Tagalog",
        "Chinese" => "Chinese",
        "Punjabi" => "Punjabi",
        "AnotherLanguage" => "Another language",
        "NoneToShare" => "None I want to name",
        "MentalHealthOrSubstanceUse" => "Mental health or substance use recovery",
        "HousingInstability" => "Homelessness or housing instability",
        "JusticeInvolvement" => "Involvement with the justice system",
        "Immigration" => "Immigration",
        _ => "Another area",
    };
}
