using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;

namespace Bridgework.Web.Features.People.Teams;

/// <summary>
/// Which teams a user may see. Coalition admins see every team; anyone else sees the teams they
/// supervise: those whose supervisor is a staff record linked to their user account.
/// </summary>
public static class TeamAccess
{
    public static IQueryable<Team> Visible(AppDbContext db, ClaimsPrincipal user, bool canManage)
    {
        var teams = db.Set<Team>().AsQueryable();
        if (canManage)
        {
            return teams;
        }

        var userId = user.UserId();
        return teams.Where(t => db.Set<StaffMember>().Any(s => s.Id == t.SupervisorId && s.UserId != null && s.UserId == userId));
    }
}
