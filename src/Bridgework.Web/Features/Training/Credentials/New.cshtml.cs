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
public sealed class NewModel(AppDbContext db, StaffAccess access, EvidenceFiles files, ITenantContext tenant, IStringLocalizer<TrainingText> text) : PageModel, ICredentialPage
{
    [BindProperty]
    public CredentialInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Staff { get; set; }

    public string Worker { get; private set; } = "";

    public string? CurrentFile => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var kind = await CredentialForm.CheckAsync(Input, Document, ModelState, text, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var credential = new Credential { StaffMemberId = Staff, Name = Input.Name };
        Input.ApplyTo(credential);
        if (Document is not null)
        {
            credential.DocumentStoredName = await files.SaveAsync(tenant.CoalitionId!.Value, Document, kind, cancellationToken);
            credential.DocumentFileName = EvidenceFiles.CleanName(Document.FileName, kind);
        }

        db.Add(credential);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} was added.", credential.Name].Value;
        return Redirect($"/Training/Credentials?staff={Staff}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        if (!await access.MayOpenAsync(viewer, Staff, cancellationToken))
        {
            return false;
        }

        Worker = await db.Set<StaffMember>().Where(s => s.Id == Staff).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstAsync(cancellationToken);
        return true;
    }
}
