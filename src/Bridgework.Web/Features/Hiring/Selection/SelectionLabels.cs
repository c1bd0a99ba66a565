namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>English keys for the selection enums shown to users; Spanish comes from the module's resx.</summary>
public static class SelectionLabels
{
    public static string Of(Recommendation recommendation) => recommendation switch
    {
        Recommendation.StrongYes => "Strong yes",
        Recommendation.Yes => "Yes",
        Recommendation.No => "No",
        Recommendation.StrongNo => "Strong no",
        _ => recommendation.ToString(),
    };

    public static string Of(FieldObservation observation) => observation switch
    {
        FieldObservation.Strength => "A strength",
        FieldObservation.Mixed => "Some of both",
        FieldObservation.Concern => "A concern",
        FieldObservation.NotSeen => "Did not see it",
        _ => observation.ToString(),
    };

    public static string Of(WouldWorkWith answer) => answer switch
    {
        WouldWorkWith.Yes => "Yes",
        WouldWorkWith.Maybe => "Maybe",
        WouldWorkWith.No => "No",
        _ => answer.ToString(),
    };
}
