using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Courses;

/// <summary>The course catalog, for everyone in the coalition; coalition admins add and edit courses.</summary>
public sealed class IndexModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseFormat? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Format is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = User.Has(TrainingPermissions.Manage, grants);
        var query = db.Set<Course>().AsNoTracking().Where(c => !c.IsArchived);
        if (Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (Format is { } format)
        {
            query = query.Where(c => c.Format == format);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Search.LikePattern(Q);
            query = query.Where(c => EF.Functions.Like(c.Title.ToUpper(), pattern, Search.Escape)
                || (c.Provider != null && EF.Functions.Like(c.Provider.ToUpper(), pattern, Search.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, UrlFor);
        Rows = await query
            .OrderBy(c => c.Kind).ThenBy(c => c.Title).ThenBy(c => c.Id)
            .Skip(Pages.Skip).Take(PageSize)
            .Select(c => new Row(c.Id, c.Title, c.Kind, c.Format, c.Hours, c.Languages, c.Provider,
                db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public string UrlFor(int page) => Url.Page("Index", new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        kind = Kind,
        format = Format,
        p = page == 1 ? null : (int?)page,
    })!;

    public sealed record Row(Guid Id, string Title, CourseKind Kind, CourseFormat Format, decimal Hours, string Languages, string? Provider, string? Requirement);
}
