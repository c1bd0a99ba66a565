using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Courses;

/// <summary>The choices of the course form, and the checks that need the database.</summary>
public sealed class CourseForm(AppDbContext db)
{
    public IReadOnlyList<(Guid Id, string Name)> Requirements { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Competencies { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        Requirements = (await db.Set<ContinuingEducationRequirement>().AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).Take(100).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name)).ToList();
        Competencies = (await db.Set<Competency>().AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).Take(200).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>Chosen requirement and competencies must be the coalition's own.</summary>
    public async Task CheckAsync(CourseInput input, ModelStateDictionary state, IStringLocalizer text, CancellationToken cancellationToken)
    {
        // Checked here rather than by the input itself, so they show beside the other fields' messages.
        if (input.Languages.Count == 0)
        {
            state.AddModelError("Input.Languages", text["Choose at least one language the course is taught in."]);
        }
        else if (input.Languages.Any(l => !People.Languages.IsKnown(l)))
        {
            state.AddModelError("Input.Languages", text["Choose languages from the list."]);
        }

        if (input.GrantsCredential is not null && input.CredentialValidYears is null)
        {
            state.AddModelError("Input.CredentialValidYears", text["Enter how many years the credential lasts, from 1 to 10."]);
        }

        if (input.RequirementId is { } requirementId
            && !await db.Set<ContinuingEducationRequirement>().AnyAsync(r => r.Id == requirementId, cancellationToken))
        {
            state.AddModelError("Input.RequirementId", text["Choose a requirement from the list."]);
        }

        var chosen = input.CompetencyIds.Distinct().ToList();
        if (chosen.Count > 0 && await db.Set<Competency>().CountAsync(c => chosen.Contains(c.Id), cancellationToken) != chosen.Count)
        {
            state.AddModelError("Input.CompetencyIds", text["Choose competencies from the list."]);
        }
    }

    /// <summary>Makes the course's competency rows match the chosen ones.</summary>
    public void SyncCompetencies(Course course, IReadOnlyCollection<Guid> chosen)
    {
        foreach (var gone in course.Competencies.Where(c => !chosen.Contains(c.CompetencyId)).ToList())
        {
            db.Remove(gone);
        }

        foreach (var id in chosen.Distinct().Where(id => course.Competencies.All(c => c.CompetencyId != id)))
        {
            db.Add(new CourseCompetency { CourseId = course.Id, CompetencyId = id });
        }
    }
}
