namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// The readable English names of the People enums. They are the keys of the Spanish text in
/// PeopleText.es.resx and the values written to and read from roster files.
/// </summary>
public static class StaffLabels
{
    public static string Of(JobFamily family) => family switch
    {
        JobFamily.CommunityHealthWorker => "Community health worker",
        JobFamily.Promotora => "Promotor(a)",
        JobFamily.CommunityHealthRepresentative => "Community health representative",
        JobFamily.PeerSupportSpecialist => "Peer support specialist",
        JobFamily.Supervisor => "Supervisor",
        JobFamily.ClinicalTeamMember => "Clinical team member",
        _ => "Other",
    };

    public static string Of(EmploymentStatus status) => status switch
    {
        EmploymentStatus.Active => "Active",
        EmploymentStatus.OnLeave => "On leave",
        _ => "Separated",
    };

    public static string Of(LanguageProficiency proficiency) => proficiency switch
    {
        LanguageProficiency.Basic => "Basic",
        LanguageProficiency.Conversational => "Conversational",
        LanguageProficiency.Fluent => "Fluent",
        _ => "Native",
    };

    public static string Of(LivedExperienceArea area) => area switch
    {
        LivedExperienceArea.MentalHealth => "Mental health",
        LivedExperienceArea.SubstanceUse => "Substance use and recovery",
        LivedExperienceArea.Homelessness => "Homelessness or housing instability",
        LivedExperienceArea.JusticeInvolvement => "Involvement with the justice system",
        LivedExperienceArea.Immigration => "Immigration",
        LivedExperienceArea.FosterCare => "Foster care",
        LivedExperienceArea.Disability => "Disability",
        LivedExperienceArea.ChronicIllness => "Living with a chronic illness",
        LivedExperienceArea.DomesticViolence => "Domestic or intimate partner violence",
        LivedExperienceArea.Caregiving => "Caring for a family member",
        LivedExperienceArea.Veteran => "Military service",
        _ => "LGBTQ+ experience",
    };

    /// <summary>"March 15, 2021" or "15 de marzo de 2021": the long date without the weekday.</summary>
    public static string LongDate(DateOnly date)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var pattern = culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy";
        return date.ToString(pattern, culture);
    }

    /// <summary>Reads a value from a roster file: the English label or the enum name, any case.</summary>
    public static bool TryParse<TEnum>(string? text, Func<TEnum, string> label, out TEnum value)
        where TEnum : struct, Enum
    {
        var wanted = (text ?? "").Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(label(candidate), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
