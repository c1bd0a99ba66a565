using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Files;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Credentials;

[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(EvidenceFiles.MaxBytes + (1024 * 1024))]
public sealed class EditModel(AppDbContext db, StaffAccess access, EvidenceFiles files, ITenantContext tenant, IStringLocalizer<TrainingText> text) : PageModel, ICredentialPage
{
    [BindProperty]
    public CredentialInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    public Guid Id { get; private set; }

    public Guid Staff { get; private set; }

    public string Worker { get; private set; } = "";

    public string? CurrentFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var credential = await LoadAsync(id, cancellationToken);
        if (credential is null)
        {
            return NotFound();
        }

        Input = new CredentialInput
        {
            Type = credential.Type,
            Name = credential.Name,
            Issuer = credential.Issuer,
            IssuedOn = credential.IssuedOn,
            ExpiresOn = credential.ExpiresOn,
            Specializations = CredentialInput.Parse(credential.Specializations),
            Version = credential.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var credential = await LoadAsync(id, cancellationToken);
        if (credential is null)
        {
            return NotFound();
        }

        var kind = await CredentialForm.CheckAsync(Input, Document, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(credential).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(credential);
        if (Document is not null)
        {
            credential.DocumentStoredName = await files.SaveAsync(tenant.CoalitionId!.Value, Document, kind, cancellationToken);
            credential.DocumentFileName = EvidenceFiles.CleanName(Document.FileName, kind);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Credential>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved this credential while you were editing (expires {0}). Nothing you typed is lost: save again to keep yours.",
                saved.ExpiresOn?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? "—"]);
            return Page();
        }

        TempData["Flash"] = text["Changes to {0} were saved.", credential.Name].Value;
        return Redirect($"/Training/Credentials?staff={credential.StaffMemberId}");
    }

    private async Task<Credential?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var credential = await db.Set<Credential>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (credential is null || !await access.MayOpenAsync(await access.ViewerAsync(User, cancellationToken), credential.StaffMemberId, cancellationToken))
        {
            return null;
        }

        (Id, Staff, CurrentFile) = (id, credential.StaffMemberId, credential.DocumentFileName);
        Worker = await db.Set<StaffMember>().Where(s => s.Id == Staff).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstAsync(cancellationToken);
        return credential;
    }
}
