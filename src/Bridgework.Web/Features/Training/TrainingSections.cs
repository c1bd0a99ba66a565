using System.Security.Claims;
using Bridgework.Web.Platform.Security;

namespace Bridgework.Web.Features.Training;

/// <summary>Who a group of sections is for, in the order the section index shows them.</summary>
public enum SectionGroup
{
    Mine = 0,
    Team = 1,
    Setup = 2,
}

/// <summary>One section of the Training module: where it is, who may open it and what it is for (English keys of Spanish text).</summary>
public sealed record TrainingSection(string Title, string Url, string? Permission, SectionGroup Group, string Purpose, bool Primary = false);

/// <summary>
/// Training's sections in one list, for the sub-navigation and the section index. The sub-navigation shows the
/// primary ones and links to the index for the rest, so it fits one line on a desktop and wraps on a phone.
/// </summary>
public static class TrainingSections
{
    public const string IndexUrl = "/Training/Sections";

    public static readonly IReadOnlyList<TrainingSection> All =
    [
        new("My training", "/Training/Me", null, SectionGroup.Mine, "What is due, overdue and done, your hours and your credentials’ standing.", Primary: true),
        new("Sessions", "/Training/Sessions", null, SectionGroup.Mine, "Upcoming sessions to sign up for, with calendar invites.", Primary: true),
        new("Courses", "/Training/Courses", null, SectionGroup.Mine, "The catalog: what each course builds and the hours it counts for.", Primary: true),
        new("Credentials", "/Training/Credentials", null, SectionGroup.Mine, "Certificates and certifications with their issue and expiry dates.", Primary: true),
        new("Competencies", "/Training/Growth", null, SectionGroup.Mine, "Rate your skills and see the gaps and the courses that close them.", Primary: true),
        new("Supervision", "/Training/Supervision", null, SectionGroup.Mine, "1:1 and reflective meetings with their agreed actions.", Primary: true),
        new("Assignments", "/Training/Assignments", TrainingPermissions.Assign, SectionGroup.Team, "Assign courses with due dates and follow what is overdue."),
        new("To review", "/Training/Records/Review", TrainingPermissions.ReviewRecords, SectionGroup.Team, "Outside and self-paced training waiting for approval."),
        new("Compliance", "/Training/Compliance", TrainingPermissions.ReadCompliance, SectionGroup.Team, "Who is compliant, at risk or lapsed, and the audit export."),
        new("Feedback", "/Training/Feedback", TrainingPermissions.Supervise, SectionGroup.Team, "What workers say about the supervision they get, in groups of 5 or more."),
        new("Reports", "/Training/Reports", TrainingPermissions.ReadReports, SectionGroup.Team, "Completion and overdue by course and group, competencies by team, self-care hours."),
        new("Requirements", "/Training/Requirements", TrainingPermissions.Manage, SectionGroup.Setup, "The continuing-education rules that decide compliance."),
        new("Onboarding plans", "/Training/Plans", TrainingPermissions.Manage, SectionGroup.Setup, "The courses each new hire is assigned, by job family."),
        new("Competency framework", "/Training/Competencies", TrainingPermissions.Manage, SectionGroup.Setup, "The skills workers are rated on and the target level of each."),
    ];

    /// <summary>The sections this user may open.</summary>
    public static IReadOnlyList<TrainingSection> For(ClaimsPrincipal user, PermissionGrants grants) =>
        All.Where(s => s.Permission is null || user.Has(s.Permission, grants)).ToList();

    /// <summary>The section a path belongs to: the longest matching section address.</summary>
    public static TrainingSection? Of(string path) =>
        All.Where(s => path.Equals(s.Url, StringComparison.OrdinalIgnoreCase) || path.StartsWith(s.Url + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Url.Length)
            .FirstOrDefault();

    public static string Label(this SectionGroup group) => group switch
    {
        SectionGroup.Team => "For the people you supervise",
        SectionGroup.Setup => "Coalition setup",
        _ => "Your training",
    };
}
