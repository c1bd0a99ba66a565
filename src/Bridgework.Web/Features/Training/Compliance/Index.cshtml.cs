using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.Training.Compliance;

/// <summary>
/// Continuing-education compliance of the people the user may see: every credentialed worker for coalition
/// admins, their own people for supervisors. Statuses are computed by <see cref="ComplianceRules"/>, so the
/// filter and paging run over the computed list.
/// </summary>
[Authorize(Policy = TrainingPermissions.ReadCompliance)]
public sealed class IndexModel(StaffAccess access, TrainingCompliance compliance) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public ComplianceStatus? Status { get; set; }

    /// <summary>Part of a worker's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"deadline": the nearest end of a period still short first; otherwise by name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WorkerCompliance> Rows { get; private set; } = [];

    public IReadOnlyDictionary<ComplianceStatus, int> Counts { get; private set; } = new Dictionary<ComplianceStatus, int>();

    public int All { get; private set; }

    public bool SeesEveryone { get; private set; }

    public PageLinks Pages { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(User, cancellationToken);
        SeesEveryone = viewer.SeesEveryone;
        var everyone = await compliance.ForAsync(access.Listable(viewer), cancellationToken);
        All = everyone.Count;
        Counts = everyone.GroupBy(w => w.Overall).ToDictionary(g => g.Key, g => g.Count());
        var filtered = Status is { } status ? everyone.Where(w => w.Overall == status).ToList() : everyone;
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (Q is { } q)
        {
            filtered = filtered.Where(w => w.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase)).ToList();
        }

        Sort = Sort == "deadline" ? Sort : null;
        filtered = Sort == "deadline"
            ? filtered.OrderBy(w => w.Standings.Where(s => s.Status != ComplianceStatus.Compliant).Select(s => (DateOnly?)s.PeriodEnd).Min() ?? DateOnly.MaxValue)
                .ThenBy(w => w.Name, StringComparer.CurrentCulture).ToList()
            : filtered.OrderBy(w => w.Name, StringComparer.CurrentCulture).ToList();

        PageNumber = PageLinks.Clamp(PageNumber, PageSize, filtered.Count);
        Pages = new PageLinks(PageNumber, PageSize, filtered.Count, UrlFor);
        Rows = filtered.Skip(Pages.Skip).Take(PageSize).ToList();
    }

    public string UrlFor(int page) => UrlFor(Status, page);

    public string UrlFor(ComplianceStatus? status, int page = 1) => Url.Page("Index", new
    {
        status,
        q = Q,
        sort = Sort,
        p = page == 1 ? null : (int?)page,
    })!;
}
