using System.Security.Claims;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>
/// For supervisors and coalition admins, the records their people reported that wait for review and their
/// people's overdue assignments; for a worker, their assignments that are overdue.
/// </summary>
public sealed class RecordsHomeCards(AppDbContext db, StaffAccess access, CoalitionCalendar calendar, PermissionGrants grants, IStringLocalizer<TrainingText> text)
    : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var cards = new List<HomeCard>();
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (user.Has(TrainingPermissions.ReviewRecords, grants))
        {
            var waiting = await ReviewModel.Waiting(db, access, viewer).CountAsync(cancellationToken);
            cards.Add(new HomeCard(text["Training records to review"], waiting, "/Training/Records/Review", text["Hours count once you approve them"], Order: 42));
        }

        if (user.Has(TrainingPermissions.Assign, grants))
        {
            var today = await calendar.TodayAsync(cancellationToken);
            var people = access.Listable(viewer);
            var late = await Assignments.AssignmentQuery
                .InState(db, db.Set<Assignments.TrainingAssignment>().Where(a => a.StaffMemberId != viewer.StaffId && people.Any(s => s.Id == a.StaffMemberId)), Assignments.AssignmentState.Overdue, today)
                .CountAsync(cancellationToken);
            cards.Add(new HomeCard(
                viewer.SeesEveryone ? text["Assigned training past its due date"] : text["Your people’s training past its due date"],
                late, "/Training/Assignments?state=Overdue", text["Assigned courses not done by their due date"], Order: 43));
        }

        if (viewer.StaffId is { } me)
        {
            var today = await calendar.TodayAsync(cancellationToken);
            var overdue = await Assignments.AssignmentQuery
                .InState(db, db.Set<Assignments.TrainingAssignment>().Where(a => a.StaffMemberId == me), Assignments.AssignmentState.Overdue, today)
                .CountAsync(cancellationToken);
            cards.Add(new HomeCard(text["Training past its due date"], overdue, "/Training/Me", Order: 14));
        }

        return cards;
    }
}
