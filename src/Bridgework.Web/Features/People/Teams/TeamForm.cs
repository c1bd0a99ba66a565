using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

// Searches lower-case both sides with ToLower(): EF translates that on SQLite and PostgreSQL alike,
// while the StringComparison overloads the analyzer prefers do not translate to SQL.
#pragma warning disable CA1862

namespace Bridgework.Web.Features.People.Teams;

/// <summary>
/// The choices and checks the new and edit team forms share. The supervisor list holds the active
/// supervisors; anyone else is found by name (a form post, so it works without JavaScript), never by
/// loading the whole staff table.
/// </summary>
public sealed class TeamForm(AppDbContext db)
{
    public const int MaxMatches = 30;

    public IReadOnlyList<Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<Choice> Supervisors { get; private set; } = [];

    public IReadOnlyList<Choice> OtherStaff { get; private set; } = [];

    public bool Searched { get; private set; }

    public async Task LoadAsync(TeamInput input, CancellationToken cancellationToken)
    {
        Organizations = await db.Set<Organization>().AsNoTracking()
            .Where(o => !o.IsArchived || o.Id == input.OrganizationId)
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name, o.City))
            .Take(500)
            .ToListAsync(cancellationToken);

        var staff = db.Set<StaffMember>().AsNoTracking();
        Supervisors = await staff
            .Where(s => (s.JobFamily == JobFamily.Supervisor && s.Status == EmploymentStatus.Active) || s.Id == input.SupervisorId)
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new Choice(s.Id, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobTitle))
            .Take(200)
            .ToListAsync(cancellationToken);

        Searched = !string.IsNullOrWhiteSpace(input.SupervisorSearch);
        if (Searched)
        {
            var q = input.SupervisorSearch!.Trim().ToLowerInvariant();
            var shown = Supervisors.Select(s => s.Id).ToList();
            OtherStaff = await staff
                .Where(s => s.Status == EmploymentStatus.Active && !shown.Contains(s.Id))
                .Where(s => s.LegalFirstName.ToLower().Contains(q) || s.LegalLastName.ToLower().Contains(q)
                    || (s.PreferredName != null && s.PreferredName.ToLower().Contains(q)))
                .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
                .Select(s => new Choice(s.Id, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobTitle))
                .Take(MaxMatches)
                .ToListAsync(cancellationToken);
        }
    }

    /// <summary>The organization and supervisor must be this coalition's, and current.</summary>
    public async Task CheckAsync(TeamInput input, Team? editing, ModelStateDictionary state, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (input.OrganizationId is { } organizationId && organizationId != editing?.OrganizationId)
        {
            var ok = await db.Set<Organization>().AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken);
            if (!ok)
            {
                state.AddModelError("Input.OrganizationId", text["Choose an organization from the list."]);
            }
        }

        if (input.SupervisorId is { } supervisorId && supervisorId != editing?.SupervisorId)
        {
            var ok = await db.Set<StaffMember>().AnyAsync(s => s.Id == supervisorId && s.Status == EmploymentStatus.Active, cancellationToken);
            if (!ok)
            {
                state.AddModelError("Input.SupervisorId", text["Choose a supervisor from the list: someone on active staff."]);
            }
        }
    }

    public sealed record Choice(Guid Id, string Name, string? Detail);
}
