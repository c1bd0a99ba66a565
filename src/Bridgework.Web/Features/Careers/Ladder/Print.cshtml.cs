using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>The ladder on one printed page, for orientation and job postings, in the reader's language.</summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class PrintModel(LadderReader reader) : PageModel
{
    public LadderView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await reader.ReadAsync(User, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
