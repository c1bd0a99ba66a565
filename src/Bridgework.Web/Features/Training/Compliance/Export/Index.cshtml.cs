using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Compliance.Export;

/// <summary>The audit export of the people the user may see, by organization or for one worker.</summary>
[Authorize(Policy = TrainingPermissions.ReadCompliance)]
public sealed class IndexModel(AppDbContext db, StaffAccess access, AuditExport export, TrainingCompliance compliance) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Organization { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Worker { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Workers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = await ScopeAsync(cancellationToken);
        Organizations = (await db.Set<Organization>().AsNoTracking().Where(o => people.Any(s => s.OrganizationId == o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).Take(500).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name)).ToList();
        Workers = (await people.OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName }).Take(1000).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
    }

    /// <summary>XLSX with a sheet per section, or the CSV of one section.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, string? section, CancellationToken cancellationToken)
    {
        var people = await ScopeAsync(cancellationToken);
        if (Organization is { } org)
        {
            people = people.Where(s => s.OrganizationId == org);
        }

        if (Worker is { } worker)
        {
            people = people.Where(s => s.Id == worker);
        }

        var sheets = await export.BuildAsync(people, cancellationToken);
        var wanted = Array.IndexOf(AuditExport.Sections, section?.ToLowerInvariant());
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var name = $"training-audit-{compliance.Today:yyyy-MM-dd}" + (xlsx ? "" : "-" + AuditExport.Sections[Math.Max(0, wanted)]);
        Response.Headers.CacheControl = "no-store";
        return TableFile.Download(xlsx ? "xlsx" : "csv", name, xlsx ? sheets : [sheets[Math.Max(0, wanted)]]);
    }

    private async Task<IQueryable<StaffMember>> ScopeAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        return access.Listable(viewer).Where(s => s.Status != EmploymentStatus.Separated);
    }
}
