using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Audit;

/// <summary>
/// The coalition's audit trail, newest first, filtered and paged in the database. A network admin outside
/// any coalition reads the network's own trail: changes to records the whole network shares.
/// </summary>
[Authorize(Policy = PlatformPermissions.ReadAudit)]
public sealed class IndexModel(AppDbContext db, ITenantContext tenant) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> Entities { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks PageLinks => new(Filter.PageNumber, PageSize, Total, page => Url.Page("Index", RouteFor(page))!);

    /// <summary>True when the page shows the network's trail rather than a coalition's.</summary>
    public bool IsNetworkTrail => tenant.CoalitionId is null;

    private IQueryable<AuditEntry> Trail => IsNetworkTrail
        ? db.AuditEntries.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(a => a.CoalitionId == AuditEntry.Network)
        : db.AuditEntries;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entities = await Trail.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);

        if (!ModelState.IsValid)
        {
            return;
        }

        var query = Trail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Filter.Entity))
        {
            query = query.Where(a => a.Entity == Filter.Entity);
        }

        if (Filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Filter.Actor))
        {
            var actor = Filter.Actor.Trim().ToLowerInvariant();
            query = query.Where(a => a.Actor.ToLower().Contains(actor));
        }

        if (Filter.Record is { } record)
        {
            query = query.Where(a => a.EntityId == record);
        }

        if (Filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }

        if (Filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }

        Total = await query.CountAsync(cancellationToken);
        Filter.PageNumber = PageLinks.Clamp(Filter.PageNumber, PageSize, Total);
        var page = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((Filter.PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.At, a.Actor, a.Action, a.Entity, a.EntityId, a.Changes })
            .ToListAsync(cancellationToken);

        Rows = page.Select(a => new Row(a.At, a.Actor, a.Action, a.Entity, a.EntityId,
            JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(a.Changes) ?? [])).ToList();
    }

    private Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["Filter.Entity"] = Filter.Entity,
        ["Filter.Action"] = Filter.Action?.ToString(),
        ["Filter.Actor"] = Filter.Actor,
        ["Filter.Record"] = Filter.Record?.ToString(),
        ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.PageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public sealed class FilterModel : IValidatableObject
    {
        [Display(Name = "Record type")]
        public string? Entity { get; set; }

        [Display(Name = "Action")]
        public AuditAction? Action { get; set; }

        [Display(Name = "Who")]
        [StringLength(256, ErrorMessage = "Search for at most 256 characters.")]
        public string? Actor { get; set; }

        [Display(Name = "Record id")]
        public Guid? Record { get; set; }

        [Display(Name = "From")]
        [DataType(DataType.Date)]
        public DateOnly? From { get; set; }

        [Display(Name = "To")]
        [DataType(DataType.Date)]
        public DateOnly? To { get; set; }

        /// <summary>Not "Page": that name is the route value Razor Pages uses for the page path.</summary>
        public int PageNumber { get; set; } = 1;

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (From is { } from && To is { } to && to < from)
            {
                yield return new ValidationResult("The end date must be on or after the start date.", [nameof(To)]);
            }
        }
    }

    public sealed record Row(DateTime At, string Actor, AuditAction Action, string Entity, Guid EntityId, Dictionary<string, AuditChange> Changes)
    {
        /// <summary>The actor cut after each "@" and ".": an e-mail address may wrap there, and only there.</summary>
        public IReadOnlyList<string> ActorParts => Regex.Split(Actor, "(?<=[@.])").Where(p => p.Length > 0).ToList();
    }
}
