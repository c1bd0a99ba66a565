using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Teams;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class NewModel(AppDbContext db, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public TeamForm Form { get; } = new(db);

    public async Task OnGetAsync(Guid? organization, CancellationToken cancellationToken)
    {
        Input.OrganizationId = organization;
        await Form.LoadAsync(Input, cancellationToken);
        if (Input.OrganizationId is { } id && Form.Organizations.All(o => o.Id != id))
        {
            Input.OrganizationId = null;
        }
    }

    /// <summary>Lists staff matching the typed name as supervisor choices, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await Form.LoadAsync(Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Form.CheckAsync(Input, null, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await Form.LoadAsync(Input, cancellationToken);
            return Page();
        }

        var team = new Team { Name = Input.Name.Trim() };
        Input.ApplyTo(team);
        db.Add(team);
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = text["The team {0} was created. Add its members below.", team.Name].Value;
        return Redirect($"/People/Teams/{team.Id}");
    }
}
