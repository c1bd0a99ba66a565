using System.Security.Claims;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>
/// The record rules of promotion reviews: a supervisor starts and revises reviews for the people they
/// supervise (directly or through a team) and sees those; a coalition admin sees and decides every one.
/// </summary>
public sealed class PromotionAccess(AppDbContext db, StaffAccess staff, PermissionGrants grants)
{
    public bool IsAdmin(ClaimsPrincipal user) => user.Has(CareersPermissions.Manage, grants);

    public async Task<Guid?> SupervisorStaffIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Has(CareersPermissions.Promote, grants) ? (await staff.ViewerAsync(user, cancellationToken)).StaffId : null;

    /// <summary>The people this supervisor may start a review for.</summary>
    public IQueryable<StaffMember> Team(Guid supervisorStaffId) =>
        staff.SupervisedBy(db.Set<StaffMember>(), supervisorStaffId).Where(s => s.Status != EmploymentStatus.Separated);

    public Task<bool> SupervisesAsync(Guid supervisorStaffId, Guid staffMemberId, CancellationToken cancellationToken) =>
        Team(supervisorStaffId).AnyAsync(s => s.Id == staffMemberId, cancellationToken);

    /// <summary>The reviews the user may see: every one for an admin, their own people's for a supervisor.</summary>
    public async Task<IQueryable<PromotionReview>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reviews = db.Set<PromotionReview>().AsQueryable();
        if (IsAdmin(user))
        {
            return reviews;
        }

        if (await SupervisorStaffIdAsync(user, cancellationToken) is { } me)
        {
            var team = Team(me).Select(s => s.Id);
            return reviews.Where(r => r.SupervisorStaffId == me || team.Contains(r.StaffMemberId));
        }

        return reviews.Where(r => false);
    }
}
