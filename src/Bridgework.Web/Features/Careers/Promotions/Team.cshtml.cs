using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Promotions;

/// <summary>The people a supervisor supervises, each with a link to their checklist for the next level.</summary>
[Authorize(Policy = CareersPermissions.Promote)]
public sealed class TeamModel(PromotionAccess access) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(Guid Id, string Name, JobFamily Family)> Rows { get; private set; } = [];

    public PageLinks Pages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.SupervisorStaffIdAsync(User, cancellationToken) is not { } me)
        {
            return NotFound();
        }

        var team = access.Team(me).AsNoTracking();
        var total = await team.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, total);
        Pages = new PageLinks(PageNumber, PageSize, total, p => Url.Page("Team", new { p = p == 1 ? null : (int?)p })!);
        Rows = (await team.OrderBy(s => s.LegalLastName).ThenBy(s => s.Id).Skip(Pages.Skip).Take(PageSize)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobFamily })
            .ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name, s.JobFamily)).ToList();
        return Page();
    }
}
