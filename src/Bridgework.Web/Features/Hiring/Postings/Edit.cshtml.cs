using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Postings;

[Authorize(Policy = HiringPermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public PostingInput Input { get; set; } = new();

    public PostingForm Form { get; } = new(db);

    public Guid Id { get; private set; }

    public string SavedTitle { get; private set; } = "";

    /// <summary>After a refused save: what someone else saved, shown beside the form.</summary>
    public PostingInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var posting = await db.Set<Posting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        (Id, SavedTitle, Input) = (id, posting.Title, PostingInput.From(posting));
        await Form.LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var posting = await db.Set<Posting>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        (Id, SavedTitle) = (id, posting.Title);
        // The template and role a posting came from do not change on edit.
        (Input.TemplateId, Input.Role) = (posting.TemplateId, posting.Role);
        await Form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        db.Entry(posting).Property(p => p.Version).OriginalValue = Input.Version;
        Input.ApplyTo(posting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Posting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = PostingInput.From(saved);
            SavedTitle = saved.Title;
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this posting while you were editing. Nothing you typed is lost: compare with the saved posting below, then save again to keep yours."]);
            await Form.LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", posting.Title].Value;
        return Redirect($"/Hiring/Postings/{id}");
    }
}
