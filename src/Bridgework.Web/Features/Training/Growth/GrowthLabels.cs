using Bridgework.Web.Features.Training.Supervision;

namespace Bridgework.Web.Features.Training;

/// <summary>Readable English names and meanings for competency levels and supervision; each is also the key of its Spanish text.</summary>
public static class GrowthLabels
{
    public static string Label(this Proficiency level) => level switch
    {
        Proficiency.Developing => "Developing",
        Proficiency.Proficient => "Proficient",
        Proficiency.Advanced => "Advanced",
        Proficiency.Mentor => "Mentor",
        _ => level.ToString(),
    };

    /// <summary>What a level means, in one line.</summary>
    public static string Meaning(this Proficiency level) => level switch
    {
        Proficiency.Developing => "Learning the skill: does it with guidance and support.",
        Proficiency.Proficient => "Does it well on their own in everyday work.",
        Proficiency.Advanced => "Handles hard situations and adapts the skill to each person.",
        Proficiency.Mentor => "Teaches and coaches others in the skill.",
        _ => "",
    };

    public static string Label(this MeetingType type) => type switch
    {
        MeetingType.Regular => "Regular",
        MeetingType.Reflective => "Reflective",
        _ => type.ToString(),
    };

    public static string Label(this ActionOwner owner) => owner switch
    {
        ActionOwner.Worker => "Worker",
        ActionOwner.Supervisor => "Supervisor",
        _ => owner.ToString(),
    };

    public static string Label(this RelateArea area) => area switch
    {
        RelateArea.Relationship => "Relationship",
        RelateArea.Emotion => "Emotion",
        RelateArea.LimitsAndBoundaries => "Limits and boundaries",
        RelateArea.Agency => "Agency",
        RelateArea.Teamwork => "Teamwork",
        RelateArea.Ecosystem => "Ecosystem",
        _ => area.ToString(),
    };

    /// <summary>The question each RELATE area asks in a reflective meeting.</summary>
    public static string Prompt(this RelateArea area) => area switch
    {
        RelateArea.Relationship => "How are your relationships with the people you serve, and with me as your supervisor?",
        RelateArea.Emotion => "What feelings came up in your work lately, and how are you carrying them?",
        RelateArea.LimitsAndBoundaries => "Where were your limits or boundaries tested, and what helped you hold them?",
        RelateArea.Agency => "Where did you, and the people you serve, have choice and power? Where not?",
        RelateArea.Teamwork => "How did your team support you, and where could it do more?",
        RelateArea.Ecosystem => "What in the wider system of care helped, or got in the way?",
        _ => "",
    };

    public const string RelateSource = "RELATE reflective-supervision framework, Camden Coalition of Healthcare Providers";
}
