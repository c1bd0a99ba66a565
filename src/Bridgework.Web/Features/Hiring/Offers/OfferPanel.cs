using System.Security.Claims;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>What the candidate page shows of the offer: its facts, the step it waits for, and its timeline.</summary>
public sealed class OfferPanel(AppDbContext db, PermissionGrants grants, CoalitionCalendar calendar, ITenantContext tenant)
{
    public sealed record View(
        Guid ApplicationId, bool CanManage, bool CanOffer, Offer? Offer, DateOnly Today, string? TimeZone,
        int? BusinessDaysLeft, string? StaffName, IReadOnlyList<OfferStep> Steps);

    public async Task<View?> LoadAsync(JobApplication application, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The offer and the fair-chance steps are for those who make hiring decisions, not for every panel member.
        if (!user.Has(HiringPermissions.Manage, grants))
        {
            return null;
        }

        var offer = await db.Set<Offer>().AsNoTracking().FirstOrDefaultAsync(o => o.ApplicationId == application.Id, cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        var zone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            var inProgress = await db.Set<PipelinePhase>().AnyAsync(p => p.Id == application.PhaseId && p.Kind == PhaseKind.InProgress, cancellationToken);
            return new View(application.Id, true, inProgress, null, today, zone, null, null, []);
        }

        var steps = await db.Set<OfferStep>().AsNoTracking().Where(s => s.OfferId == offer.Id)
            .OrderBy(s => s.At).ThenBy(s => s.Id).Take(100).ToListAsync(cancellationToken);
        int? left = null;
        if (offer.ResponseDueOn is { } due && offer.Decision is null && today <= due)
        {
            var settings = await HiringSettings.ReadAsync(db, cancellationToken);
            // Today counts while it lasts: the window closes at the end of its last day.
            left = BusinessDays.Between(today.AddDays(-1), due, settings.HolidayDates);
        }

        var staff = offer.StaffMemberId is { } id
            ? await db.Set<People.StaffMember>().Where(s => s.Id == id).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new View(application.Id, true, false, offer, today, zone, left, staff, steps);
    }
}
