using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Postings;

/// <summary>A new posting starts from one of the coalition's role templates and is saved as a draft.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class NewModel(AppDbContext db, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public PostingInput Input { get; set; } = new();

    public PostingForm Form { get; } = new(db);

    public IReadOnlyList<RoleTemplate> Templates { get; private set; } = [];

    public bool Chosen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? template, CancellationToken cancellationToken)
    {
        await HiringDefaults.EnsureTemplatesAsync(db, cancellationToken);
        if (template is { } templateId)
        {
            var found = await db.Set<RoleTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken);
            if (found is null)
            {
                return NotFound();
            }

            Input = PostingInput.FromTemplate(found);
            Chosen = true;
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        Templates = await db.Set<RoleTemplate>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Title).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Chosen = true;
        if (Input.TemplateId is { } templateId && !await db.Set<RoleTemplate>().AnyAsync(t => t.Id == templateId, cancellationToken))
        {
            Input.TemplateId = null;
        }

        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        var posting = new Posting { Title = "", Duties = "", ValuedExperience = "", CreatedAt = clock.GetUtcNow().UtcDateTime, Status = PostingStatus.Draft };
        Input.ApplyTo(posting);
        db.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The posting {0} was saved as a draft. Open it when it is ready for the job board.", posting.Title].Value;
        return Redirect($"/Hiring/Postings/{posting.Id}");
    }
}
