using Bridgework.Web.Features.Hiring.Selection.Scorecards;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Selection.Shadowing;

/// <summary>The teams and hosts the shadowing forms offer, and the checks that need the database.</summary>
public sealed class ShadowingForm(AppDbContext db, CoalitionCalendar calendar)
{
    public IReadOnlyList<(Guid Id, string Name)> Teams { get; private set; } = [];

    /// <summary>Active staff who can sign in (to give feedback), CHWs and peers first.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Hosts { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        Teams = (await db.Set<Team>().AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).Take(500).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        Hosts = (await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.UserId != null && s.Status == EmploymentStatus.Active)
            .OrderBy(s => PanelScores.WorkerFamilies.Contains(s.JobFamily) ? 0 : 1).ThenBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName)
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobTitle })
            .Take(500).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.JobTitle is null ? s.Name : $"{s.Name} · {s.JobTitle}")).ToList();
    }

    public async Task CheckAsync(ShadowingInput input, ModelStateDictionary state, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (input.TeamId is { } teamId && !await db.Set<Team>().AnyAsync(t => t.Id == teamId && !t.IsArchived, cancellationToken))
        {
            state.AddModelError("Input.TeamId", text["Choose the team the candidate goes out with."]);
        }

        if (input.HostStaffId is { } hostId
            && !await db.Set<StaffMember>().AnyAsync(s => s.Id == hostId && s.UserId != null && s.Status == EmploymentStatus.Active, cancellationToken))
        {
            state.AddModelError("Input.HostStaffId", text["Choose a host from the list: an active worker who can sign in."]);
        }

        if (input.Date is { } date && date < await calendar.TodayAsync(cancellationToken))
        {
            state.AddModelError("Input.Date", text["Choose today or a later date."]);
        }

        if (input is { StartTime: { } start, EndTime: { } end } && end <= start)
        {
            state.AddModelError("Input.EndTime", text["The session must end after it starts."]);
        }
    }
}
