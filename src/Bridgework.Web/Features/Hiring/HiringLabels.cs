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

    public static string Of(Apply.HeardFrom heardFrom) => heardFrom switch
    {
        Apply.HeardFrom.CommunityBoard => "A community board",
        Apply.HeardFrom.LocalBusiness => "A local business",
        Apply.HeardFrom.WordOfMouth => "Word of mouth",
        Apply.HeardFrom.StaffReferral => "Someone who works here",
        Apply.HeardFrom.SocialMedia => "Social media",
        Apply.HeardFrom.JobSite => "A job website",
        Apply.HeardFrom.Event => "An event",
        Apply.HeardFrom.Other => "Somewhere else",
        _ => heardFrom.ToString(),
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
