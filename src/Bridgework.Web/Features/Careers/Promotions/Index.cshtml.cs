using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>The queue of promotion reviews: all of them for the coalition admin, their own people's for a supervisor.</summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class IndexModel(Platform.Data.AppDbContext db, PromotionAccess access) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public PromotionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool IsSupervisor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        IsSupervisor = await access.SupervisorStaffIdAsync(User, cancellationToken) is not null;
        if (!access.IsAdmin(User) && !IsSupervisor)
        {
            return Forbid();
        }

        var query = (await access.VisibleAsync(User, cancellationToken)).AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query
            .OrderBy(r => r.Status).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Join(db.Set<StaffMember>(), r => r.StaffMemberId, s => s.Id, (r, s) => new { r, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .Join(db.Set<LadderLevel>(), x => x.r.ProposedLevelId, l => l.Id, (x, l) => new Row(x.r.Id, x.Name, l.Title, x.r.ProposedStep, x.r.EffectiveDate, x.r.Status, x.r.SubmittedAt))
            .ToListAsync(cancellationToken);
        Rows = Rows.OrderBy(r => r.Status).ThenBy(r => r.SubmittedAt).ToList();
        return Page();
    }

    public string UrlFor(int page) => Url.Page("Index", new { status = Status, p = page == 1 ? null : (int?)page })!;

    public sealed record Row(Guid Id, string Worker, string Level, int? Step, DateOnly EffectiveDate, PromotionStatus Status, DateTime SubmittedAt);
}
