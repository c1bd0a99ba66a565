namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>Readable English names of review states; they are the keys of the Spanish text.</summary>
public static class PromotionLabels
{
    public static string Of(PromotionStatus status) => status switch
    {
        PromotionStatus.Submitted => "Waiting for a decision",
        PromotionStatus.Returned => "Returned",
        _ => "Approved",
    };

    /// <summary>The ladder badges carry the same meaning: waiting, sent back, done.</summary>
    public static string Badge(PromotionStatus status) => status switch
    {
        PromotionStatus.Submitted => "badge-ladder-Draft",
        PromotionStatus.Returned => "badge-ladder-Superseded",
        _ => "badge-ladder-Published",
    };
}
