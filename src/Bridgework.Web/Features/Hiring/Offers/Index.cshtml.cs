using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>Offers still in progress, those inside a fair-chance response window, and those waiting for a decision.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, OfferSteps steps) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public OfferQueues.Queue Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = await steps.TodayAsync(cancellationToken);
        var query = db.Set<Offer>().AsNoTracking().Where(OfferQueues.For(Show, Today));
        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        var ordered = Show == OfferQueues.Queue.WindowOpen
            ? query.OrderBy(o => o.ResponseDueOn).ThenBy(o => o.Id)
            : query.OrderBy(o => o.MadeAt).ThenBy(o => o.Id);
        Rows = await ordered
            .Skip(Pages.Skip).Take(PageSize)
            .Select(o => new Row(
                o.ApplicationId,
                db.Set<JobApplication>().Where(a => a.Id == o.ApplicationId).Select(a => a.Name).First(),
                o.Position,
                o.MadeAt,
                o.CheckResult,
                o.AcceptedOn != null,
                o.ResponseDueOn,
                o.Decision))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("/Hiring/Offers/Index", new { show = Show == OfferQueues.Queue.Open ? null : (OfferQueues.Queue?)Show, p = page == 1 ? null : (int?)page })!;

    public sealed record Row(Guid ApplicationId, string Name, string Position, DateTime MadeAt, CheckResult? Check, bool Accepted, DateOnly? ResponseDueOn, FinalDecision? Decision);
}
