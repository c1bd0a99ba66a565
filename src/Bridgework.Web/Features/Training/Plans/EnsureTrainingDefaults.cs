using Bridgework.Web.Features.Training.Courses;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Plans;

/// <summary>
/// Gives the current coalition what Training starts from, the first time it is needed: the C3 framework, the
/// default continuing-education requirements, and an onboarding plan per job family built on the catalog,
/// adding the few starter courses the plans name when the catalog lacks them. Each part is added only when
/// the coalition has none of it, so nothing an admin has made or edited is touched; one save.
/// </summary>
public sealed class EnsureTrainingDefaults(AppDbContext db)
{
    /// <summary>Whether anything was added.</summary>
    public async Task<bool> HandleAsync(CancellationToken cancellationToken)
    {
        var added = false;
        if (!await db.Set<Competency>().AnyAsync(cancellationToken))
        {
            db.AddRange(TrainingDefaults.NewFramework());
            added = true;
        }

        if (!await db.Set<ContinuingEducationRequirement>().AnyAsync(cancellationToken))
        {
            db.AddRange(TrainingDefaults.NewRequirements());
            added = true;
        }

        if (!await db.Set<OnboardingPlan>().AnyAsync(cancellationToken))
        {
            await AddPlansAsync(cancellationToken);
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private async Task AddPlansAsync(CancellationToken cancellationToken)
    {
        var needed = PlanDefaults.Plans.SelectMany(p => p.Courses.Select(c => c.Course)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byTitle = (await db.Set<Course>().AsNoTracking().Where(c => !c.IsArchived).Select(c => new { c.Id, c.Title }).Take(5_000).ToListAsync(cancellationToken))
            .GroupBy(c => c.Title, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var missing = CourseDefaults.Catalog.Where(s => needed.Contains(s.Title) && !byTitle.ContainsKey(s.Title)).ToList();
        if (missing.Count > 0)
        {
            // Framework and requirements as tracked now, including any added a moment ago in this same unit of work.
            var competencies = db.ChangeTracker.Entries<Competency>().Select(e => e.Entity).ToList();
            competencies.AddRange(await db.Set<Competency>().AsNoTracking().Where(c => !c.IsArchived).Take(500).ToListAsync(cancellationToken));
            var requirements = db.ChangeTracker.Entries<ContinuingEducationRequirement>().Select(e => e.Entity).ToList();
            requirements.AddRange(await db.Set<ContinuingEducationRequirement>().AsNoTracking().Take(500).ToListAsync(cancellationToken));
            Guid? CompetencyAt(int n) => competencies.FirstOrDefault(c => string.Equals(c.Name, TrainingDefaults.C3Skills[n - 1].Name, StringComparison.OrdinalIgnoreCase))?.Id;
            Guid? RequirementFor(string key) => requirements.FirstOrDefault(r => r.AppliesTo == (key == "peer" ? CredentialType.PeerSupportSpecialist : CredentialType.CommunityHealthWorkerCertificate) && r.Hours > 0)?.Id;
            foreach (var seed in missing)
            {
                // The demo names fictional partners as providers; a coalition fills in its own, so only the generic ones stay.
                var provider = seed.Provider.StartsWith("Coalition ", StringComparison.Ordinal) || seed.Provider.StartsWith("CalMHSA", StringComparison.Ordinal) ? seed.Provider : null;
                var (course, builds) = CourseDefaults.New(seed, CompetencyAt, RequirementFor, provider);
                db.Add(course);
                db.AddRange(builds);
                byTitle[course.Title] = course.Id;
            }
        }

        db.AddRange(PlanDefaults.For(byTitle));
    }
}
