namespace Bridgework.Web.Features.Training.Records;

/// <summary>Readable English names of the record choices; each is also the key of its Spanish text.</summary>
public static class TrainingRecordLabels
{
    public static string Label(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "Approved",
        ApprovalStatus.Pending => "Waiting for review",
        _ => "Returned",
    };

    public static string Badge(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "badge badge-compliance badge-compliance-Compliant",
        ApprovalStatus.Pending => "badge badge-compliance badge-compliance-AtRisk",
        _ => "badge badge-compliance badge-compliance-Lapsed",
    };

    public static string Label(CompletionSource source) => source switch
    {
        CompletionSource.SelfPaced => "Marked done by the worker",
        CompletionSource.Outside => "Outside training",
        _ => "Attendance",
    };
}
