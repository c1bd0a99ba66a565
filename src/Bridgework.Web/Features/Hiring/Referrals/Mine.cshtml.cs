using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Mail;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Referrals;

/// <summary>
/// "Refer someone": the signed-in person's own referral link, code and QR code, and the people they referred,
/// told only as the job, the date and whether it is in process, a hire, or not moving forward. Nothing a
/// candidate wrote, nor their name, reaches the referrer.
/// </summary>
[Authorize(Policy = HiringPermissions.Refer)]
public sealed class MineModel(AppDbContext db, MailLinks links, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool HasStaffRecord { get; private set; }

    public string Code { get; private set; } = "";

    public string Link { get; private set; } = "";

    public HtmlString Qr { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public string TimeZone { get; private set; } = CoalitionTime.DefaultZone;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var me = userId is null
            ? null
            : await db.Set<StaffMember>().AsNoTracking().Where(s => s.UserId == userId && s.Status != EmploymentStatus.Separated)
                .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (me is not { } staffId)
        {
            return;
        }

        HasStaffRecord = true;
        // The code is made on the first visit rather than when the staff record is: it is theirs to use or not.
        Code = await ReferralCodes.EnsureAsync(db, staffId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var coalition = await db.Set<StaffMember>().Where(s => s.Id == staffId)
            .Join(db.Coalitions, s => s.CoalitionId, c => c.Id, (s, c) => new { c.Slug, c.TimeZone })
            .FirstAsync(cancellationToken);
        TimeZone = coalition.TimeZone;
        Link = links.For($"/Jobs/{coalition.Slug}?ref={Code}");
        Qr = QrCodes.Svg(Link, text["QR code of your referral link"]);

        var query = db.Set<JobApplication>().AsNoTracking().Where(a => a.ReferrerStaffId == staffId);
        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, page => "/Hiring/Referrals/Mine" + (page == 1 ? "" : $"?p={page}"));
        Rows = await query
            .Join(db.Set<Posting>(), a => a.PostingId, p => p.Id, (a, p) => new { a.Id, a.SubmittedAt, a.PhaseId, p.Title, p.SpanishTitle })
            .Join(db.Set<PipelinePhase>(), x => x.PhaseId, ph => ph.Id, (x, ph) => new { x.Id, x.SubmittedAt, x.Title, x.SpanishTitle, ph.Kind })
            .OrderByDescending(x => x.SubmittedAt).ThenBy(x => x.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(x => new Row(x.Title, x.SpanishTitle, x.SubmittedAt, x.Kind))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(string Title, string? SpanishTitle, DateTime SubmittedAt, PhaseKind Kind)
    {
        public ReferralOutcome Outcome => ReferralCodes.OutcomeOf(Kind);
    }
}
