using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Me;

/// <summary>
/// A person keeps their own contact details and languages up to date. Everything else on the record
/// (job, organization, supervisor, dates) stays with the coalition admin.
/// </summary>
public sealed class EditModel(AppDbContext db, StaffAccess access, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public MyDetailsInput Input { get; set; } = new();

    public bool HasRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(cancellationToken);
        HasRecord = staff is not null;
        if (staff is not null)
        {
            Input = new MyDetailsInput
            {
                PreferredName = staff.PreferredName,
                Pronouns = staff.Pronouns,
                Email = staff.Email,
                Phone = staff.Phone,
                Version = staff.Version,
                Languages = staff.Languages
                    .OrderByDescending(l => l.Proficiency).ThenBy(l => l.Language)
                    .Select(l => new LanguageRow { Language = l.Language, Proficiency = l.Proficiency })
                    .ToList(),
            };
            Input.PadLanguages();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(cancellationToken);
        if (staff is null)
        {
            return NotFound();
        }

        HasRecord = true;
        await CheckAsync(staff.Id, cancellationToken);
        if (!ModelState.IsValid)
        {
            Input.PadLanguages();
            return Page();
        }

        var version = db.Entry(staff).Property(s => s.Version);
        version.OriginalValue = Input.Version;
        version.IsModified = true;
        staff.PreferredName = Formats.Clean(Input.PreferredName);
        staff.Pronouns = Formats.Clean(Input.Pronouns);
        staff.Email = Formats.Clean(Input.Email);
        staff.Phone = Formats.Clean(Input.Phone);
        SaveStaffMember.SyncLanguages(db, staff, Input.Languages);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Rare: an admin saved the record meanwhile. Keep what was typed and let the person save again.
            ModelState.AddModelError(string.Empty, text["Your coalition admin changed your record while you were editing, so your changes are not saved yet. What you typed is still here: check it, then save again."]);
            var current = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == staff.Id).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
            Input.Version = current;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Input.PadLanguages();
            return Page();
        }

        TempData["Flash"] = text["Your contact details are saved."].Value;
        return Redirect("/People/Me");
    }

    private async Task<StaffMember?> LoadAsync(CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        return me is null ? null : await db.Set<StaffMember>().Include(s => s.Languages).FirstOrDefaultAsync(s => s.Id == me, cancellationToken);
    }

    private async Task CheckAsync(Guid me, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.Email))
        {
            var email = Input.Email.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // translated to SQL lower(); e-mail addresses are compared without case
            if (await db.Set<StaffMember>().AnyAsync(s => s.Id != me && s.Email != null && s.Email.ToLower() == email, cancellationToken))
#pragma warning restore CA1862
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", text["Another staff record already has this e-mail address. Use your own work e-mail."]);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Input.Languages.Count; i++)
        {
            var row = Input.Languages[i];
            if (string.IsNullOrWhiteSpace(row.Language))
            {
                continue;
            }

            var field = $"{nameof(Input)}.{nameof(Input.Languages)}[{i}]";
            if (!People.Languages.IsKnown(row.Language))
            {
                ModelState.AddModelError($"{field}.{nameof(row.Language)}", text["Choose a language from the list."]);
            }
            else if (!seen.Add(row.Language))
            {
                ModelState.AddModelError($"{field}.{nameof(row.Language)}", text["This language is listed twice."]);
            }

            if (row.Proficiency is null)
            {
                ModelState.AddModelError($"{field}.{nameof(row.Proficiency)}", text["Choose how well you speak this language."]);
            }
        }
    }

}

public sealed class MyDetailsInput
{
    [StringLength(100, ErrorMessage = "Keep the preferred name to 100 characters or fewer.")]
    [Display(Name = "Preferred name")]
    public string? PreferredName { get; set; }

    [StringLength(40, ErrorMessage = "Keep the pronouns to 40 characters or fewer.")]
    [Display(Name = "Pronouns")]
    public string? Pronouns { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [StringLength(256, ErrorMessage = "Keep the e-mail address to 256 characters or fewer.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a phone number, like (559) 555-0134.")]
    [StringLength(40, ErrorMessage = "Keep the phone number to 40 characters or fewer.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    public List<LanguageRow> Languages { get; set; } = [];

    public Guid Version { get; set; }

    public void PadLanguages()
    {
        var wanted = Math.Max(StaffInput.MinimumLanguageRows, Languages.Count(l => !string.IsNullOrEmpty(l.Language)) + 2);
        while (Languages.Count < wanted)
        {
            Languages.Add(new LanguageRow());
        }
    }
}
