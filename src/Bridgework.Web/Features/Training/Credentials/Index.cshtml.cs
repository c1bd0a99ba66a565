using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Credentials;

/// <summary>
/// One worker's credentials: a worker sees their own, a supervisor their people's, a coalition admin
/// everyone's. Whoever may see them may add and correct them and download the certificates.
/// </summary>
public sealed class IndexModel(AppDbContext db, StaffAccess access, EvidenceFiles files, TrainingCompliance compliance) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Staff { get; set; }

    public string Worker { get; private set; } = "";

    public bool IsOwn { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        var staffId = Staff ?? viewer.StaffId;
        People = (await access.Listable(viewer)
            .Where(s => s.Status != EmploymentStatus.Separated)
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .Take(1000).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
        if (staffId is not { } id)
        {
            return Page();
        }

        if (!await access.MayOpenAsync(viewer, id, cancellationToken))
        {
            return NotFound();
        }

        Staff = id;
        IsOwn = viewer.StaffId == id;
        Today = compliance.Today;
        Worker = await db.Set<StaffMember>().Where(s => s.Id == id).Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).FirstAsync(cancellationToken);
        Rows = (await db.Set<Credential>().AsNoTracking()
            .Where(c => c.StaffMemberId == id)
            .OrderBy(c => c.ExpiresOn == null).ThenBy(c => c.ExpiresOn).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Type, c.Issuer, c.IssuedOn, c.ExpiresOn, c.Specializations, HasFile = c.DocumentStoredName != null })
            .Take(200)
            .ToListAsync(cancellationToken))
            .Select(c => new Row(c.Id, c.Name, c.Type, c.Issuer, c.IssuedOn, c.ExpiresOn, CredentialInput.Parse(c.Specializations), c.HasFile))
            .ToList();
        return Page();
    }

    /// <summary>The certificate, as a download only.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var credential = await db.Set<Credential>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.CoalitionId, c.StaffMemberId, c.DocumentStoredName, c.DocumentFileName }).FirstOrDefaultAsync(cancellationToken);
        if (credential?.DocumentStoredName is not { } stored
            || !await access.MayOpenAsync(await access.ViewerAsync(User, cancellationToken), credential.StaffMemberId, cancellationToken))
        {
            return NotFound();
        }

        var path = files.PathOf(credential.CoalitionId, stored);
        return System.IO.File.Exists(path) ? PhysicalFile(path, "application/octet-stream", credential.DocumentFileName ?? stored) : NotFound();
    }

    public sealed record Row(Guid Id, string Name, CredentialType Type, string? Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn, List<PeerSpecialization> Specializations, bool HasFile);
}
