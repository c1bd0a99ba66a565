using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring;

/// <summary>
/// The role templates every coalition starts with. Duties follow the C3 Project's CHW roles (c3project.org)
/// and SB 803 peer support; they are a starting point an admin edits, not rules.
/// </summary>
public static class HiringDefaults
{
    public static readonly IReadOnlyList<(HiringRole Role, string Title, string Duties, string Valued, int Field)> Templates =
    [
        (HiringRole.CommunityHealthWorker, "Community health worker",
            "Meet clients where they are: at home, in shelters, at the clinic. Help them get to appointments, apply for benefits and find food and housing. Explain health information in words that make sense. Speak up for clients with care teams and agencies. Keep short notes of each visit.",
            "Living in or being from the community you will serve. Your own experience getting care, housing or benefits. Volunteer or paid work helping neighbors, at church, school or a community group. Speaking the languages of the community. No degree is required.",
            60),
        (HiringRole.Promotora, "Promotor(a) de salud",
            "Share health information with families in Spanish and English, at homes, schools, churches and community events. Help families find and use services. Organize neighbors around health. Listen and bring what the community says back to the care team.",
            "Being a trusted person in your community. Experience as a volunteer promotor(a), parent leader or organizer. Speaking Spanish or an Indigenous language of Mexico or Central America. No degree is required.",
            70),
        (HiringRole.PeerSupportSpecialist, "Peer support specialist",
            "Use your own recovery story to support people living with mental health or substance use challenges. Build trust, set goals together and walk with people to services. Lead support groups. Work beside clinicians as an equal member of the team.",
            "Your own lived experience of mental health or substance use recovery, as a person or as a family member, and being willing to share it to help others. A Medi-Cal peer support certification (CalMHSA) is welcome, or the will to earn it.",
            50),
        (HiringRole.SeniorLead, "Senior community health worker",
            "Carry a caseload and guide newer CHWs and peers. Shadow and coach in the field. Help plan outreach. Bring field problems to the supervisor and help solve them.",
            "Two or more years of paid or volunteer work as a CHW, promotor(a) or peer. Being known and trusted in the community. Experience teaching or mentoring others, formal or not.",
            50),
        (HiringRole.Supervisor, "CHW and peer supervisor",
            "Supervise a team of CHWs and peers. Hold regular one-to-one and reflective supervision. Protect the role from becoming clinic-only work. Support the team through hard cases and vicarious trauma. Work with care team leads and partners.",
            "Having worked as a CHW, promotor(a) or peer yourself. Experience leading a team, a program or a community group. Lived experience and community ties count as experience.",
            30),
    ];

    /// <summary>Adds the default templates to the current coalition when it has none yet.</summary>
    public static async Task EnsureTemplatesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<RoleTemplate>().AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var (role, title, duties, valued, field) in Templates)
        {
            db.Add(new RoleTemplate { Role = role, Title = title, Duties = duties, ValuedExperience = valued, FieldPercent = field, SortOrder = order++ });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
