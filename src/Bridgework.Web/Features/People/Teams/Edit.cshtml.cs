using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Teams;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public TeamForm Form { get; } = new(db);

    public Guid Id { get; private set; }

    public string SavedName { get; private set; } = "";

    public TeamInput? Current { get; private set; }

    public (string? Organization, string? Supervisor) CurrentNames { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        (Id, SavedName, Input) = (id, team.Name, TeamInput.From(team));
        await Form.LoadAsync(Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFindAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        (Id, SavedName) = (id, team.Name);
        ModelState.Clear();
        await Form.LoadAsync(Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        (Id, SavedName) = (id, team.Name);
        await Form.CheckAsync(Input, team, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(Input, cancellationToken);
            return Page();
        }

        db.Entry(team).Property(t => t.Version).OriginalValue = Input.Version;
        Input.ApplyTo(team);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = TeamInput.From(saved);
            SavedName = saved.Name;
            CurrentNames = (
                await db.Set<Organization>().Where(o => o.Id == saved.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken),
                await db.Set<StaffMember>().Where(s => s.Id == saved.SupervisorId)
                    .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstOrDefaultAsync(cancellationToken));
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this team while you were editing. Nothing you typed is lost: check the saved values shown under the fields, then save again to keep yours."]);
            await Form.LoadAsync(Input, cancellationToken);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", team.Name].Value;
        return Redirect($"/People/Teams/{id}");
    }
}
