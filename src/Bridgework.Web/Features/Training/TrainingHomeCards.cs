using System.Security.Claims;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Microsoft.EntityFrameworkCore;
using Bridgework.Web.Platform.Security;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training;

/// <summary>
/// Home cards about continuing education: for coalition admins and supervisors, the people they see who
/// are at risk or lapsed; for a worker, their own requirements that are at risk or lapsed; for anyone with a
/// staff record, the upcoming sessions they signed up for.
/// </summary>
public sealed class TrainingHomeCards(
    AppDbContext db, StaffAccess access, CoalitionCalendar calendar, TrainingCompliance compliance, PermissionGrants grants, IStringLocalizer<TrainingText> text)
    : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        var cards = new List<HomeCard>();
        if (user.Has(TrainingPermissions.ReadCompliance, grants))
        {
            var team = await compliance.ForAsync(access.Listable(viewer), cancellationToken);
            cards.Add(new HomeCard(
                viewer.SeesEveryone ? text["Workers lapsed on continuing education"] : text["Your people lapsed on continuing education"],
                team.Count(w => w.Overall == ComplianceStatus.Lapsed), "/Training/Compliance?status=Lapsed", Order: 40));
            cards.Add(new HomeCard(
                viewer.SeesEveryone ? text["Workers at risk on continuing education"] : text["Your people at risk on continuing education"],
                team.Count(w => w.Overall == ComplianceStatus.AtRisk), "/Training/Compliance?status=AtRisk",
                text["Hours short with 90 days or less left"], Order: 41));
        }
        else if (viewer.StaffId is { } me)
        {
            var own = await compliance.ForStaffAsync(me, cancellationToken);
            var waiting = own.SelectMany(w => w.Standings).Count(s => s.Status != ComplianceStatus.Compliant);
            cards.Add(new HomeCard(text["Training requirements that need you"], waiting, "/Training/Me", text["At risk or lapsed"], Order: 15));
        }

        if (viewer.StaffId is { } staffId)
        {
            var today = await calendar.TodayAsync(cancellationToken);
            var upcoming = await db.Set<SessionSignUp>()
                .CountAsync(u => u.StaffMemberId == staffId && db.Set<TrainingSession>().Any(s => s.Id == u.SessionId && s.Date >= today), cancellationToken);
            cards.Add(new HomeCard(text["Training sessions you signed up for"], upcoming, "/Training/Sessions?mine=true", Order: 16));
        }

        return cards;
    }
}
