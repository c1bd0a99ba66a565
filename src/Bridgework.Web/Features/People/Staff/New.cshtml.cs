using Bridgework.Web.Platform.Events;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Staff;

[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class NewModel(SaveStaffMember save, LoadStaffFormOptions options, EventPublisher events, ITenantContext tenant, IStringLocalizer<PeopleText> text) : PageModel, IStaffForm
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public StaffFormOptions Options { get; private set; } = StaffFormOptions.Empty;

    public IReadOnlyDictionary<string, string> Theirs { get; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.WithBlankLanguageRows();
        Options = await options.HandleAsync(null, Input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(null, Input, ModelState, nameof(Input), cancellationToken);
        if (result is { Outcome: SaveOutcome.Saved, Id: { } id })
        {
            // Other modules react to a new person, e.g. Training gives them their job family's onboarding plan.
            await events.PublishAsync(new StaffMemberAdded(tenant.CoalitionId!.Value, id, Input.JobFamily!.Value.ToString(), Input.HireDate), cancellationToken);
            TempData["Flash"] = text["Added {0} to the directory.", $"{Input.PreferredName?.Trim() ?? Input.LegalFirstName.Trim()} {Input.LegalLastName.Trim()}"].Value;
            return Redirect($"/People/Staff/{id}");
        }

        Input.WithBlankLanguageRows();
        Options = await options.HandleAsync(null, Input, cancellationToken);
        return Page();
    }
}
