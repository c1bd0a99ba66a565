using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Growth;

/// <summary>One competency of the framework with a worker's latest self and supervisor levels.</summary>
public sealed record CompetencyStanding(
    Guid CompetencyId, string Name, string? Description, Proficiency Target, Proficiency? Self, DateOnly? SelfOn, Proficiency? Supervisor, DateOnly? SupervisorOn)
{
    /// <summary>The level that counts: the supervisor's when there is one, else the worker's own.</summary>
    public Proficiency? Counted => Supervisor ?? Self;

    public bool IsShort => Counted is null || Counted < Target;
}

/// <summary>Reads a worker's ratings against the framework and records new ones; history is never overwritten.</summary>
public sealed class CompetencyLevels(AppDbContext db, TimeProvider clock)
{
    /// <summary>Every active competency with the worker's latest ratings; the newest row per rater counts.</summary>
    public async Task<IReadOnlyList<CompetencyStanding>> ForAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var framework = await db.Set<Competency>().AsNoTracking()
            .Where(c => !c.IsArchived)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Description, c.TargetLevel })
            .Take(200)
            .ToListAsync(cancellationToken);
        var ratings = (await db.Set<CompetencyAssessment>().AsNoTracking()
            .Where(a => a.StaffMemberId == staffId)
            .OrderByDescending(a => a.RecordedAt)
            .Select(a => new { a.CompetencyId, a.By, a.Level, a.AssessedOn })
            .Take(5000)
            .ToListAsync(cancellationToken))
            .GroupBy(a => (a.CompetencyId, a.By))
            .ToDictionary(g => g.Key, g => g.First());
        return framework.Select(c =>
        {
            var self = ratings.GetValueOrDefault((c.Id, AssessedBy.Self));
            var boss = ratings.GetValueOrDefault((c.Id, AssessedBy.Supervisor));
            return new CompetencyStanding(c.Id, c.Name, c.Description, c.TargetLevel, self?.Level, self?.AssessedOn, boss?.Level, boss?.AssessedOn);
        }).ToList();
    }

    /// <summary>
    /// Adds a rating for each competency whose chosen level differs from the rater's latest one. Returns how
    /// many were added; the caller saves. Unknown competencies and levels are refused beside the form.
    /// </summary>
    public int Record(
        Guid staffId, AssessedBy by, Guid assessorUserId, IReadOnlyList<CompetencyStanding> standings, IDictionary<Guid, Proficiency> chosen,
        DateOnly today, ModelStateDictionary state, IStringLocalizer text)
    {
        var known = standings.ToDictionary(s => s.CompetencyId);
        if (chosen.Keys.Any(id => !known.ContainsKey(id)) || chosen.Values.Any(l => !Enum.IsDefined(l)))
        {
            state.AddModelError("Levels", text["Choose levels from the list."]);
            return 0;
        }

        if (chosen.Count == 0)
        {
            state.AddModelError("Levels", text["Choose a level for at least one competency."]);
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var (competencyId, level) in chosen)
        {
            var latest = by == AssessedBy.Self ? known[competencyId].Self : known[competencyId].Supervisor;
            if (latest == level)
            {
                continue;
            }

            db.Add(new CompetencyAssessment
            {
                StaffMemberId = staffId,
                CompetencyId = competencyId,
                By = by,
                Level = level,
                AssessedOn = today,
                AssessorUserId = assessorUserId,
                RecordedAt = now,
            });
            added++;
        }

        return added;
    }

    /// <summary>A worker's name as shown on screen.</summary>
    public Task<string?> NameAsync(Guid staffId, CancellationToken cancellationToken) =>
        db.Set<StaffMember>().Where(s => s.Id == staffId)
            .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName)
            .FirstOrDefaultAsync(cancellationToken);
}
