using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Data;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>
/// The reasons and scoring attributes every coalition starts with. The attributes are the qualities CHW
/// programs hire for beyond a resume (C3 Project, c3project.org: interpersonal and relationship-building,
/// communication, professional conduct); they are a starting point an admin edits, not rules.
/// </summary>
public static class SelectionDefaults
{
    public static readonly IReadOnlyList<(PhaseKind Kind, string Label)> Reasons =
    [
        (PhaseKind.NotSelected, "Another candidate was a closer fit"),
        (PhaseKind.NotSelected, "Did not meet the posting’s must-haves"),
        (PhaseKind.NotSelected, "Could not reach the candidate"),
        (PhaseKind.NotSelected, "Position closed"),
        (PhaseKind.Withdrawn, "Took another job"),
        (PhaseKind.Withdrawn, "Schedule or location"),
        (PhaseKind.Withdrawn, "Pay"),
        (PhaseKind.Withdrawn, "Personal reasons"),
        (PhaseKind.Withdrawn, "No reason given"),
    ];

    public static readonly IReadOnlyList<(string Name, string One, string Two, string Three, string Four)> Attributes =
    [
        ("Empathy",
            "Talks about clients as problems or cases.",
            "Shows care when asked, but the answer stays general.",
            "Puts themself in the client’s place and names what they may feel.",
            "Shows warmth and respect without being asked, and builds the answer around the client’s own view."),
        ("Community connection and shared experience",
            "No clear tie to the communities we serve.",
            "Some tie, described in general words.",
            "Clear ties or lived experience, used to build trust.",
            "Known and trusted in the community; shares their own experience with care and purpose."),
        ("Listening",
            "Interrupts, or answers a different question.",
            "Hears the question but misses feelings or details.",
            "Listens fully and says back what they heard.",
            "Picks up what is not said and checks their understanding."),
        ("Boundaries",
            "Would promise or do things outside the role.",
            "Knows there are limits but is unsure how to hold them.",
            "Holds limits kindly and refers on when needed.",
            "Holds limits, protects both client and self, and explains them clearly."),
        ("Cultural and linguistic responsiveness",
            "Uses one approach for everyone.",
            "Aware of differences, with few concrete changes.",
            "Adjusts language, pace and approach to the person.",
            "Brings cultural knowledge and languages that open doors."),
        ("Reliability",
            "Examples show missed commitments.",
            "Follows through most of the time.",
            "Follows through, and tells others when plans change.",
            "Others count on them; plans ahead for what can go wrong."),
        ("Teamwork",
            "Works alone and does not mention others.",
            "Works with others when asked.",
            "Shares information and asks for help.",
            "Builds bridges between the team, clinicians and clients."),
    ];

    public static SelectionActivity ActivityOf(string phaseName) => phaseName switch
    {
        "Case study" => SelectionActivity.CaseStudy,
        "Field shadowing" => SelectionActivity.FieldShadowing,
        "Panel interview" => SelectionActivity.PanelInterview,
        _ => SelectionActivity.None,
    };

    /// <summary>Adds the default reasons and attributes to the current coalition; the caller saves, with its phases.</summary>
    public static void AddTo(AppDbContext db)
    {
        var order = 0;
        foreach (var (kind, label) in Reasons)
        {
            db.Add(new EndingReason { Kind = kind, Label = label, SortOrder = order++ });
        }

        order = 0;
        foreach (var (name, one, two, three, four) in Attributes)
        {
            db.Add(new ScoringAttribute { Name = name, Anchor1 = one, Anchor2 = two, Anchor3 = three, Anchor4 = four, SortOrder = order++ });
        }
    }
}
