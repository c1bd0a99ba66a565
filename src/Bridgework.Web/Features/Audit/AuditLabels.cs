using Bridgework.Web.Features.Shared;

namespace Bridgework.Web.Features.Audit;

/// <summary>Readable English labels for entity and field names; the page translates them through AuditText.</summary>
public static class AuditLabels
{
    public static string Entity(string name) => name switch
    {
        "SelfIdentification" => "Self-identification",
        "SessionSignUp" => "Session sign-up",
        _ => Labels.Words(name),
    };

    /// <summary>
    /// Field names that read badly as plain words get the words their own forms use: "Anchor1" is what
    /// "1 looks like" on a scoring quality, "FieldPercent" the time in the field.
    /// </summary>
    public static string Field(string name) => name switch
    {
        "Fte" => "FTE",
        "UserId" => "User account",
        "At" => "When",
        "Anchor1" => "1 looks like",
        "Anchor2" => "2 looks like",
        "Anchor3" => "3 looks like",
        "Anchor4" => "4 looks like",
        "AcceptedUserId" => "Accepted by",
        "AssessorUserId" => "Rated by",
        "DecidedByUserId" => "Decided by",
        "GivenByStaffId" => "Given by",
        "HostStaffId" => "Host",
        "ReferrerStaffId" => "Referrer",
        "SupervisorStaffId" => "Supervisor",
        "RaceEthnicity" => "Race and ethnicity",
        "IsLawAndEthics" => "Law and ethics",
        "HeardFromDetail" => "Heard from: where or who",
        "Number" => "Version number",
        "MinHourly" => "Minimum hourly",
        "MidHourly" => "Midpoint hourly",
        "MaxHourly" => "Maximum hourly",
        "FieldPercent" => "Time in the field (%)",
        "StepPercent" => "Increase per step (%)",
        "ExperienceEquivalencies" => "What counts as experience",
        "HoursPerYear" => "Paid hours in a year",
        "LivingWageHousehold" => "Household type for the living wage",
        _ => Labels.Words(name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name),
    };
}
