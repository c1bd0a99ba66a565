using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection.CaseStudies;

/// <summary>The coalition's case-study library, filtered by status, language and words in the title.</summary>
[Authorize(Policy = HiringPermissions.Read)]
public sealed class IndexModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    public enum Shown
    {
        Active = 0,
        Archived = 1,
        All = 2,
    }

    [BindProperty(SupportsGet = true)]
    public Shown Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(HiringPermissions.Manage, grants);
        var query = db.Set<CaseStudy>().AsNoTracking();
        query = Status switch
        {
            Shown.Active => query.Where(c => !c.IsArchived),
            Shown.Archived => query.Where(c => c.IsArchived),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(Language))
        {
            query = query.Where(c => c.Language == Language);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var words = Q.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(c => c.Title.ToLower().Contains(words));
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query.OrderBy(c => c.Title).ThenBy(c => c.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(c => new Row(c.Id, c.Title, c.Scenario, c.GoodAnswers, c.Language, c.IsArchived,
                db.Set<CaseStudyAssignment>().Count(a => a.CaseStudyId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("/Hiring/Selection/CaseStudies/Index", new
    {
        status = Status == Shown.Active ? null : (Shown?)Status,
        language = string.IsNullOrWhiteSpace(Language) ? null : Language,
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        p = page == 1 ? null : (int?)page,
    })!;

    public sealed record Row(Guid Id, string Title, string Scenario, string GoodAnswers, string Language, bool IsArchived, int Assigned);
}
