using System.Security.Claims;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>Panelists see the scorecards they owe; hosts see the shadowing they have not given feedback on yet.</summary>
internal sealed class SelectionHomeCards(AppDbContext db, CoalitionCalendar calendar, PermissionGrants grants, IStringLocalizer<HiringText> text) : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.Has(HiringPermissions.Tasks, grants) || user.UserId() is not { } userId)
        {
            return [];
        }

        var today = await calendar.TodayAsync(cancellationToken);
        var scorecards = await MyTasks.WaitingScorecards(db, userId).CountAsync(cancellationToken);
        var feedback = await MyTasks.OpenShadowing(db, userId).CountAsync(s => s.Date <= today, cancellationToken);
        return
        [
            new HomeCard(text["Scorecards waiting for you"], scorecards, "/Hiring/Selection/Tasks", text["Score on your own before you see the panel’s scores"], Order: 12),
            new HomeCard(text["Shadowing feedback to give"], feedback, "/Hiring/Selection/Tasks", text["For candidates who shadowed you in the field"], Order: 13),
        ];
    }
}
