using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>Edits a staff record. A save made from a stale copy is refused and shows the other person's change.</summary>
[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class EditModel(
    AppDbContext db, SaveStaffMember save, LoadStaffFormOptions options, StaffProfiles profiles, IStringLocalizer<PeopleText> text)
    : PageModel, IStaffForm
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public StaffFormOptions Options { get; private set; } = StaffFormOptions.Empty;

    public IReadOnlyDictionary<string, string> Theirs { get; private set; } = new Dictionary<string, string>();

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Include(s => s.Languages).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (staff is null)
        {
            return NotFound();
        }

        Id = id;
        Name = staff.DisplayName;
        Input = StaffInput.From(staff);
        Options = await options.HandleAsync(id, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(id, Input, ModelState, nameof(Input), cancellationToken);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        Id = id;
        if (result.Outcome == SaveOutcome.Saved)
        {
            TempData["Flash"] = text["Saved the changes to {0}’s record.", $"{Input.PreferredName?.Trim() ?? Input.LegalFirstName.Trim()} {Input.LegalLastName.Trim()}"].Value;
            return Redirect($"/People/Staff/{id}");
        }

        if (result is { Outcome: SaveOutcome.Conflict, Current: { } current }
            && await profiles.FindAsync(id, cancellationToken) is { } saved)
        {
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this record while you were editing, so yours are not saved yet. What you typed is still here; under each field that differs you can see what they saved. Check, then save again to keep your version."]);
            Theirs = ConflictNotes.Between(Input, current, saved, text);
            var fields = Theirs.Keys.Select(k => k == nameof(StaffInput.Languages)
                ? text["Languages"].Value
                : MetadataProvider.GetMetadataForProperty(typeof(StaffInput), k).GetDisplayName());
            ModelState.AddModelError(string.Empty, text["Fields that differ from the saved record: {0}.", string.Join(", ", fields)]);
            // The next save is made knowing the other change; the hidden field must carry the new version.
            Input.Version = current.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Name = saved.DisplayName;
        }
        else
        {
            Name = await db.Set<StaffMember>().Where(s => s.Id == id)
                .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName)
                .FirstOrDefaultAsync(cancellationToken) ?? "";
        }

        Input.WithBlankLanguageRows();
        Options = await options.HandleAsync(id, Input, cancellationToken);
        return Page();
    }
}
