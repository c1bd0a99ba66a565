namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>English keys for the offer's steps and choices; Spanish comes from the module's resx.</summary>
public static class OfferLabels
{
    public static string Of(OfferStepKind kind) => kind switch
    {
        OfferStepKind.OfferMade => "Conditional offer made",
        OfferStepKind.OfferAccepted => "Offer accepted",
        OfferStepKind.CheckClear => "Background check: clear",
        OfferStepKind.CheckRaisesConcern => "Background check: raises something to assess",
        OfferStepKind.Assessed => "Individualized assessment written",
        OfferStepKind.PreliminaryNoticeSent => "Preliminary notice sent",
        OfferStepKind.ResponseReceived => "Candidate’s response recorded",
        OfferStepKind.DecidedToProceed => "Final decision: go ahead with the hire",
        OfferStepKind.DecidedToWithdraw => "Final decision: offer withdrawn",
        OfferStepKind.Hired => "Hired",
        _ => kind.ToString(),
    };

    public static string Of(CheckResult result) => result switch
    {
        CheckResult.Clear => "Clear",
        CheckResult.RaisesConcern => "Raises something to assess",
        _ => result.ToString(),
    };

    public static string Of(FinalDecision decision) => decision switch
    {
        FinalDecision.Proceed => "Go ahead with the hire",
        FinalDecision.Withdraw => "Withdraw the offer",
        _ => decision.ToString(),
    };
}
