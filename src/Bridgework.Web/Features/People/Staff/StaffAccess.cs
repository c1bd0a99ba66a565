using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>Who is looking at staff records, and what the record rules let them see.</summary>
/// <param name="StaffId">The viewer's own staff record, found by their user account.</param>
/// <param name="SeesEveryone">Coalition admins (people.manage) see every record of the coalition.</param>
/// <param name="SeesOwnPeople">Supervisors (people.read) see the people they supervise directly or through a team.</param>
public sealed record StaffViewer(Guid? StaffId, bool SeesEveryone, bool SeesOwnPeople)
{
    /// <summary>Lived experience is the worker's own: only they and coalition admins may read it.</summary>
    public bool MaySeeLivedExperienceOf(Guid staffId) => SeesEveryone || StaffId == staffId;
}

/// <summary>
/// The record rules for staff, in one place so the directory, the profile, the export and the home cards
/// agree. Every query it returns stays inside the coalition through the tenant filter.
/// </summary>
public sealed class StaffAccess(AppDbContext db, PermissionGrants grants)
{
    // Scoped: the viewer's own record is looked up once per request, however many home cards ask.
    private (Guid? UserId, Guid Coalition, Guid? StaffId)? _own;

    public async Task<StaffViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (_own is not { } known || known.UserId != userId || known.Coalition != db.CurrentCoalitionId)
        {
            var found = userId is null
                ? null
                : await db.Set<StaffMember>().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            _own = known = (userId, db.CurrentCoalitionId, found);
        }

        var staffId = known.StaffId;
        var everyone = user.Has(PeoplePermissions.Manage, grants);
        var own = !everyone && user.Has(PeoplePermissions.Read, grants);
        return new StaffViewer(staffId, everyone, own);
    }

    /// <summary>The staff the viewer may list: everyone, their own people, or nobody.</summary>
    public IQueryable<StaffMember> Listable(StaffViewer viewer)
    {
        var staff = db.Set<StaffMember>().AsQueryable();
        if (viewer.SeesEveryone)
        {
            return staff;
        }

        if (viewer.SeesOwnPeople && viewer.StaffId is { } me)
        {
            return SupervisedBy(staff, me);
        }

        return staff.Where(s => false);
    }

    /// <summary>Whether the viewer may open one record: anyone they may list, and their own.</summary>
    public Task<bool> MayOpenAsync(StaffViewer viewer, Guid staffId, CancellationToken cancellationToken) =>
        viewer.StaffId == staffId
            ? db.Set<StaffMember>().AnyAsync(s => s.Id == staffId, cancellationToken)
            : Listable(viewer).AnyAsync(s => s.Id == staffId, cancellationToken);

    /// <summary>People whose supervisor is <paramref name="supervisorId"/>, or who are on a team they supervise.</summary>
    public IQueryable<StaffMember> SupervisedBy(IQueryable<StaffMember> staff, Guid supervisorId)
    {
        var teams = db.Set<Team>();
        var members = db.Set<TeamMember>();
        return staff.Where(s => s.Id != supervisorId
            && (s.SupervisorId == supervisorId
                || members.Any(m => m.StaffMemberId == s.Id
                    && teams.Any(t => t.Id == m.TeamId && t.SupervisorId == supervisorId && !t.IsArchived))));
    }
}
