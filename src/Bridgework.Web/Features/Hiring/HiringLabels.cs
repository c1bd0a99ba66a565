namespace Bridgework.Web.Features.Hiring;

/// <summary>English keys for enum values shown to users; Spanish comes from the module's resx.</summary>
public static class HiringLabels
{
    public static string Of(HiringRole role) => role switch
    {
        HiringRole.CommunityHealthWorker => "Community health worker",
        HiringRole.Promotora => "Promotor(a)",
        HiringRole.PeerSupportSpecialist => "Peer support specialist",
        HiringRole.SeniorLead => "Senior or lead",
        HiringRole.Supervisor => "Supervisor",
        _ => role.ToString(),
    };

    public static string Of(PostingStatus status) => status switch
    {
        PostingStatus.Draft => "Draft",
        PostingStatus.Open => "Open",
        PostingStatus.Paused => "Paused",
        PostingStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
