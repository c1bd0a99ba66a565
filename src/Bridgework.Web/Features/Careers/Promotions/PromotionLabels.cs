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
}
