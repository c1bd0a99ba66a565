using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Users;

/// <summary>
/// Everyone with access to the coalition, and the invitations still open. Filtering, sorting and paging
/// all happen in the database.
/// </summary>
[Authorize(Policy = PlatformPermissions.ManageUsers)]
public sealed class IndexModel(AppDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public CoalitionRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserListStatus Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserListSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    // "page" is taken: Razor Pages routes by it.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public DateTime Now { get; private set; }

    public string TimeZone { get; private set; } = CoalitionTime.DefaultZone;

    public PageLinks Pager => new(PageNumber, PageSize, Total, p => UrlWith(page: p));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        TimeZone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken)
            ?? CoalitionTime.DefaultZone;
        var pattern = string.IsNullOrWhiteSpace(Q) ? null : Search.LikePattern(Q);

        if (Status == UserListStatus.Invited)
        {
            await LoadInvitationsAsync(pattern, cancellationToken);
        }
        else
        {
            await LoadMembersAsync(pattern, cancellationToken);
        }
    }

    private async Task LoadMembersAsync(string? pattern, CancellationToken cancellationToken)
    {
        var query = db.Memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new
        {
            m.Id,
            u.DisplayName,
            u.Email,
            u.NormalizedEmail,
            m.Role,
            m.IsActive,
            u.TwoFactorEnabled,
            m.CreatedAt,
        });
        if (Role is { } role)
        {
            query = query.Where(r => r.Role == role);
        }

        query = Status switch
        {
            UserListStatus.Active => query.Where(r => r.IsActive),
            UserListStatus.Disabled => query.Where(r => !r.IsActive),
            _ => query,
        };
        if (pattern is not null)
        {
            query = query.Where(r => EF.Functions.Like(r.DisplayName.ToUpper(), pattern, Search.Escape)
                || EF.Functions.Like(r.NormalizedEmail!, pattern, Search.Escape));
        }

        query = (Sort, Desc) switch
        {
            (UserListSort.Email, false) => query.OrderBy(r => r.NormalizedEmail).ThenBy(r => r.Id),
            (UserListSort.Email, true) => query.OrderByDescending(r => r.NormalizedEmail).ThenBy(r => r.Id),
            (UserListSort.Role, false) => query.OrderBy(r => r.Role).ThenBy(r => r.DisplayName).ThenBy(r => r.Id),
            (UserListSort.Role, true) => query.OrderByDescending(r => r.Role).ThenBy(r => r.DisplayName).ThenBy(r => r.Id),
            (UserListSort.Since, false) => query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
            (UserListSort.Since, true) => query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
            (_, false) => query.OrderBy(r => r.DisplayName).ThenBy(r => r.Id),
            (_, true) => query.OrderByDescending(r => r.DisplayName).ThenBy(r => r.Id),
        };

        Total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, Total);
        Members = await query
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new MemberRow(r.Id, r.DisplayName, r.Email ?? "", r.Role, r.IsActive, r.TwoFactorEnabled, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    private async Task LoadInvitationsAsync(string? pattern, CancellationToken cancellationToken)
    {
        var query = db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null);
        if (Role is { } role)
        {
            query = query.Where(i => i.Role == role);
        }

        if (pattern is not null)
        {
            query = query.Where(i => EF.Functions.Like(i.DisplayName.ToUpper(), pattern, Search.Escape)
                || EF.Functions.Like(i.NormalizedEmail, pattern, Search.Escape));
        }

        query = (Sort, Desc) switch
        {
            (UserListSort.Email, false) => query.OrderBy(i => i.NormalizedEmail).ThenBy(i => i.Id),
            (UserListSort.Email, true) => query.OrderByDescending(i => i.NormalizedEmail).ThenBy(i => i.Id),
            (UserListSort.Role, false) => query.OrderBy(i => i.Role).ThenBy(i => i.DisplayName).ThenBy(i => i.Id),
            (UserListSort.Role, true) => query.OrderByDescending(i => i.Role).ThenBy(i => i.DisplayName).ThenBy(i => i.Id),
            (UserListSort.Since, false) => query.OrderBy(i => i.SentAt).ThenBy(i => i.Id),
            (UserListSort.Since, true) => query.OrderByDescending(i => i.SentAt).ThenBy(i => i.Id),
            (_, false) => query.OrderBy(i => i.DisplayName).ThenBy(i => i.Id),
            (_, true) => query.OrderByDescending(i => i.DisplayName).ThenBy(i => i.Id),
        };

        Total = await query.CountAsync(cancellationToken);
        PageNumber = PageLinks.Clamp(PageNumber, PageSize, Total);
        Invitations = await query
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(i => new InvitationRow(i.Id, i.DisplayName, i.Email, i.Role, i.SentAt, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>This list's address with some of its settings changed; a change of filter goes back to page 1.</summary>
    public string UrlWith(UserListStatus? status = null, UserListSort? sort = null, bool? desc = null, int? page = null)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q", Q);
        }

        if (Role is { } role)
        {
            query.Add("role", role.ToString());
        }

        if ((status ?? Status) is not UserListStatus.All and var s)
        {
            query.Add("status", s.ToString());
        }

        if ((sort ?? Sort) is not UserListSort.Name and var o)
        {
            query.Add("sort", o.ToString());
        }

        if (desc ?? Desc)
        {
            query.Add("desc", "true");
        }

        if (page is > 1)
        {
            query.Add("p", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/Users" + query.ToQueryString();
    }

    /// <summary>The link on a column heading: sorts by it, or flips the direction when it already sorts.</summary>
    public string SortUrl(UserListSort column) => UrlWith(sort: column, desc: Sort == column && !Desc, page: 1);

    public string? AriaSort(UserListSort column) => Sort == column ? (Desc ? "descending" : "ascending") : null;

    public sealed record MemberRow(Guid Id, string Name, string Email, CoalitionRole Role, bool IsActive, bool TwoFactor, DateTime Since);

    public sealed record InvitationRow(Guid Id, string Name, string Email, CoalitionRole Role, DateTime SentAt, DateTime ExpiresAt);
}

public enum UserListStatus
{
    All = 0,
    Active = 1,
    Disabled = 2,
    Invited = 3,
}

public enum UserListSort
{
    Name = 0,
    Email = 1,
    Role = 2,
    Since = 3,
}
