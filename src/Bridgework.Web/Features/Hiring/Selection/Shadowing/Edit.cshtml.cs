using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>Reschedules a shadowing session (a new day, time, place or host) or cancels it.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class EditModel(AppDbContext db, ShadowingForm form, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public ShadowingInput Input { get; set; } = new();

    public ShadowingForm Form => form;

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Candidate { get; private set; } = "";

    public ShadowingStatus Status { get; private set; }

    public bool HasFeedback { get; private set; }

    /// <summary>After a refused save: what someone else saved.</summary>
    public ShadowingInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        Input = ShadowingInput.From(session);
        await form.LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        if (!CanChange())
        {
            await form.LoadAsync(cancellationToken);
            return Page();
        }

        await form.CheckAsync(Input, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            await form.LoadAsync(cancellationToken);
            return Page();
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = Input.Version;
        Input.ApplyTo(session);
        return await SaveAsync(session, text["The shadowing was rescheduled."], cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var typed = Input;
        Input = ShadowingInput.From(session);
        Input.Version = typed.Version;
        ModelState.Clear();
        if (!CanChange())
        {
            await form.LoadAsync(cancellationToken);
            return Page();
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = typed.Version;
        session.Status = ShadowingStatus.Cancelled;
        return await SaveAsync(session, text["The shadowing was cancelled."], cancellationToken);
    }

    private bool CanChange()
    {
        if (Status == ShadowingStatus.Cancelled)
        {
            ModelState.AddModelError(string.Empty, text["This shadowing was cancelled; schedule a new one instead."]);
        }
        else if (HasFeedback)
        {
            ModelState.AddModelError(string.Empty, text["The host already gave feedback on this shadowing, so it stays as it was."]);
        }

        return ModelState.IsValid;
    }

    private async Task<IActionResult> SaveAsync(ShadowingSession session, string done, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await LoadAsync(session.Id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            Current = ShadowingInput.From(saved);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else changed this shadowing while you were editing. Nothing you typed is lost: compare with the saved session below, then save again to keep yours."]);
            await form.LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = done;
        return Redirect($"/Hiring/Pipeline/Candidate/{session.ApplicationId}");
    }

    private async Task<ShadowingSession?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.Set<ShadowingSession>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        (Id, ApplicationId, Status) = (id, session.ApplicationId, session.Status);
        Candidate = await db.Set<JobApplication>().Where(a => a.Id == session.ApplicationId).Select(a => a.Name).FirstAsync(cancellationToken);
        HasFeedback = await db.Set<ShadowingFeedback>().AnyAsync(f => f.SessionId == id, cancellationToken);
        return session;
    }
}
