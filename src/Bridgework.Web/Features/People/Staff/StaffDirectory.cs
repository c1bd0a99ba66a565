using System.Linq.Expressions;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// What the directory was asked for, as plain query-string values (?q=, ?organization=, ?team=, ?family=,
/// ?language=, ?status=, ?supervisor=none, ?incomplete=true, ?sort=, ?dir=, ?page=), so a filtered list
/// is a link that can be shared, bookmarked and exported.
/// </summary>
public sealed class DirectoryFilter
{
    public const string AllStatuses = "all";

    public string? Q { get; set; }

    public Guid? Organization { get; set; }

    public Guid? Team { get; set; }

    public JobFamily? Family { get; set; }

    public string? Language { get; set; }

    /// <summary>Empty: current staff (active or on leave); a status name; or "all".</summary>
    public string? Status { get; set; }

    /// <summary>"none": only staff with no supervisor.</summary>
    public string? Supervisor { get; set; }

    public bool Incomplete { get; set; }

    /// <summary>name (default), hired, organization or status.</summary>
    public string? Sort { get; set; }

    /// <summary>asc (default) or desc.</summary>
    public string? Dir { get; set; }

    /// <summary>Read from ?p=, because "page" is the route value Razor Pages routes by.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinder(Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Descending when ?dir=desc, or when the sort menu sent "key|desc".</summary>
    public bool Descending => Dir is { } dir
        ? string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase)
        : (Sort ?? "").EndsWith("|desc", StringComparison.OrdinalIgnoreCase);

    public string SortKey => (Sort ?? "").Split('|')[0].ToLowerInvariant() switch
    {
        "hired" => "hired",
        "organization" => "organization",
        "status" => "status",
        _ => "name",
    };

    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(Q) || Organization is not null || Team is not null || Family is not null
        || !string.IsNullOrWhiteSpace(Language) || !string.IsNullOrWhiteSpace(Status)
        || NoSupervisor || Incomplete;

    public bool NoSupervisor => string.Equals(Supervisor, "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>The query string for these filters with some values changed; empty values are left out.</summary>
    public string With(string? sort = null, string? dir = null, int? page = null, bool keepSpecial = true)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("q", Q),
            new("organization", Organization?.ToString()),
            new("team", Team?.ToString()),
            new("family", Family?.ToString()),
            new("language", Language),
            new("status", Status),
            new("supervisor", keepSpecial && NoSupervisor ? "none" : null),
            new("incomplete", keepSpecial && Incomplete ? "true" : null),
            new("sort", sort ?? Sort),
            new("dir", dir ?? Dir),
            new("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToString();
    }
}

/// <summary>One line of the directory, projected in the same query as the page.</summary>
public sealed record DirectoryRow(
    Guid Id,
    string DisplayName,
    JobFamily JobFamily,
    string? JobTitle,
    string Organization,
    EmploymentStatus Status,
    DateOnly? HireDate,
    List<string> Teams,
    List<string> Languages);

public sealed record DirectoryPage(IReadOnlyList<DirectoryRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Filters, sorts and pages staff in the database; shared by the directory, the export and the home cards.</summary>
public sealed class StaffDirectory(AppDbContext db)
{
    public const int PageSize = 25;

    /// <summary>A profile is incomplete without a hire date, a phone, an e-mail or a language.</summary>
    public static readonly Expression<Func<StaffMember, bool>> IsIncomplete = s =>
        s.HireDate == null || s.Phone == null || s.Phone == "" || s.Email == null || s.Email == "" || !s.Languages.Any();

    public IQueryable<StaffMember> Filter(IQueryable<StaffMember> staff, DirectoryFilter f)
    {
        foreach (var term in (f.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6))
        {
            var t = term.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower() to SQL lower() on both databases; a StringComparison overload is not translatable.
            staff = staff.Where(s => s.LegalFirstName.ToLower().Contains(t)
                || s.LegalLastName.ToLower().Contains(t)
                || (s.PreferredName != null && s.PreferredName.ToLower().Contains(t))
                || (s.Email != null && s.Email.ToLower().Contains(t)));
#pragma warning restore CA1862
        }

        if (f.Organization is { } organization)
        {
            staff = staff.Where(s => s.OrganizationId == organization);
        }

        if (f.Team is { } team)
        {
            var members = db.Set<TeamMember>();
            staff = staff.Where(s => members.Any(m => m.TeamId == team && m.StaffMemberId == s.Id));
        }

        if (f.Family is { } family)
        {
            staff = staff.Where(s => s.JobFamily == family);
        }

        if (!string.IsNullOrWhiteSpace(f.Language))
        {
            var language = f.Language.Trim();
            staff = staff.Where(s => s.Languages.Any(l => l.Language == language));
        }

        if (string.Equals(f.Status, DirectoryFilter.AllStatuses, StringComparison.OrdinalIgnoreCase))
        {
            // every status
        }
        else if (Enum.TryParse<EmploymentStatus>(f.Status, ignoreCase: true, out var status) && Enum.IsDefined(status))
        {
            staff = staff.Where(s => s.Status == status);
        }
        else
        {
            staff = staff.Where(s => s.Status != EmploymentStatus.Separated);
        }

        if (f.NoSupervisor)
        {
            staff = staff.Where(s => s.SupervisorId == null);
        }

        if (f.Incomplete)
        {
            staff = staff.Where(IsIncomplete);
        }

        return staff;
    }

    /// <summary>Sorted with a stable tie-break, so paging never repeats or skips a row.</summary>
    public IQueryable<StaffMember> Sort(IQueryable<StaffMember> staff, DirectoryFilter f)
    {
        var organizations = db.Set<Organization>();
        var desc = f.Descending;
        IOrderedQueryable<StaffMember> sorted = f.SortKey switch
        {
            "hired" => desc
                ? staff.OrderBy(s => s.HireDate == null).ThenByDescending(s => s.HireDate)
                : staff.OrderBy(s => s.HireDate == null).ThenBy(s => s.HireDate),
            "organization" => desc
                ? staff.OrderByDescending(s => organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault())
                : staff.OrderBy(s => organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault()),
            "status" => desc ? staff.OrderByDescending(s => s.Status) : staff.OrderBy(s => s.Status),
            _ => desc ? staff.OrderByDescending(s => s.LegalLastName) : staff.OrderBy(s => s.LegalLastName),
        };

        return sorted
            .ThenBy(s => s.LegalLastName)
            .ThenBy(s => s.PreferredName ?? s.LegalFirstName)
            .ThenBy(s => s.Id);
    }

    public async Task<DirectoryPage> PageAsync(IQueryable<StaffMember> visible, DirectoryFilter f, CancellationToken cancellationToken)
    {
        var filtered = Filter(visible, f);
        var total = await filtered.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(f.PageNumber, 1, pages);

        var organizations = db.Set<Organization>();
        var teams = db.Set<Team>().Where(t => !t.IsArchived);
        var members = db.Set<TeamMember>();
        var rows = await Sort(filtered, f)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new DirectoryRow(
                s.Id,
                (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                s.JobFamily,
                s.JobTitle,
                organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault() ?? "",
                s.Status,
                s.HireDate,
                members.Where(m => m.StaffMemberId == s.Id).Join(teams, m => m.TeamId, t => t.Id, (m, t) => t.Name).OrderBy(n => n).ToList(),
                s.Languages.OrderByDescending(l => l.Proficiency).ThenBy(l => l.Language).Select(l => l.Language).ToList()))
            .ToListAsync(cancellationToken);

        return new DirectoryPage(rows, total, page, PageSize);
    }
}
