using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>Schedules a candidate's field shadowing with a team and a host worker.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class ScheduleModel(AppDbContext db, ShadowingForm form, TimeProvider clock, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public ShadowingInput Input { get; set; } = new();

    public ShadowingForm Form => form;

    public Guid Id { get; private set; }

    public string Candidate { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await form.LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await form.LoadAsync(cancellationToken);
            return Page();
        }

        var session = new ShadowingSession
        {
            ApplicationId = id,
            Place = "",
            ScheduledBy = User.FindFirst("bw:display_name")?.Value ?? User.Identity?.Name ?? "unknown",
            ScheduledAt = clock.GetUtcNow().UtcDateTime,
        };
        Input.ApplyTo(session);
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Field shadowing is scheduled. The host sees it under My hiring tasks."].Value;
        return Redirect($"/Hiring/Pipeline/Candidate/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Set<JobApplication>().Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        (Id, Candidate) = (id, name ?? "");
        return name is not null;
    }
}
