using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers;

/// <summary>The coalition's hours per year: its setting, or 2,080 when it has none yet.</summary>
public sealed class CareerPay(AppDbContext db)
{
    public async Task<int> HoursPerYearAsync(CancellationToken cancellationToken) =>
        await db.Set<CareerSettings>().Select(s => (int?)s.HoursPerYear).FirstOrDefaultAsync(cancellationToken)
        ?? CareerSettings.DefaultHoursPerYear;
}

/// <summary>
/// Starts a new draft of a family's ladder: a copy of the published version (levels, pay, differentials)
/// when there is one and the admin wants it, an empty ladder to build level by level otherwise. A family has
/// at most one draft at a time. The draft still points at the published version, so the two compare.
/// </summary>
public sealed class StartDraft(AppDbContext db)
{
    public async Task<CareerLadder> HandleAsync(CareerFamily family, string name, CancellationToken cancellationToken, bool copyPublished = true)
    {
        var published = await db.Set<CareerLadder>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.Family == family && l.Status == LadderStatus.Published, cancellationToken);
        var number = (await db.Set<CareerLadder>().Where(l => l.Family == family).MaxAsync(l => (int?)l.Number, cancellationToken) ?? 0) + 1;
        var draft = new CareerLadder
        {
            Family = family,
            Name = name,
            Number = number,
            Status = LadderStatus.Draft,
            BasedOnId = published?.Id,
            BilingualKind = (copyPublished ? published?.BilingualKind : null) ?? DifferentialKind.None,
            BilingualValue = (copyPublished ? published?.BilingualValue : null) ?? 0,
            FieldKind = (copyPublished ? published?.FieldKind : null) ?? DifferentialKind.None,
            FieldValue = (copyPublished ? published?.FieldValue : null) ?? 0,
            LeadKind = (copyPublished ? published?.LeadKind : null) ?? DifferentialKind.None,
            LeadValue = (copyPublished ? published?.LeadValue : null) ?? 0,
        };
        db.Add(draft);
        if (published is not null && copyPublished)
        {
            var levels = await db.Set<LadderLevel>().AsNoTracking().Where(l => l.LadderId == published.Id)
                .OrderBy(l => l.Rank).ToListAsync(cancellationToken);
            foreach (var level in levels)
            {
                db.Add(new LadderLevel
                {
                    LadderId = draft.Id,
                    Rank = level.Rank,
                    Title = level.Title,
                    Summary = level.Summary,
                    Responsibilities = level.Responsibilities,
                    MonthsOfExperience = level.MonthsOfExperience,
                    ExperienceEquivalencies = level.ExperienceEquivalencies,
                    Credentials = level.Credentials,
                    Courses = level.Courses,
                    Competencies = level.Competencies,
                    PerformanceCriterion = level.PerformanceCriterion,
                    MinHourly = level.MinHourly,
                    MidHourly = level.MidHourly,
                    MaxHourly = level.MaxHourly,
                    Steps = level.Steps,
                    StepPercent = level.StepPercent,
                });
            }
        }

        return draft;
    }
}

/// <summary>
/// Publishes a draft from an effective date: the family's published version becomes superseded (still
/// readable as history) and the draft becomes the published one. The caller saves.
/// </summary>
public sealed class PublishLadder(AppDbContext db, TimeProvider clock)
{
    public async Task<string?> HandleAsync(CareerLadder draft, DateOnly effectiveDate, CancellationToken cancellationToken)
    {
        if (draft.Status != LadderStatus.Draft)
        {
            return "Only a draft can be published.";
        }

        if (!await db.Set<LadderLevel>().AnyAsync(l => l.LadderId == draft.Id, cancellationToken))
        {
            return "Add at least one level before publishing.";
        }

        var current = await db.Set<CareerLadder>()
            .FirstOrDefaultAsync(l => l.Family == draft.Family && l.Status == LadderStatus.Published, cancellationToken);
        if (current?.EffectiveDate is { } since && effectiveDate < since)
        {
            return "The effective date cannot be before the date the current version took effect.";
        }

        if (current is not null)
        {
            current.Status = LadderStatus.Superseded;
        }

        draft.Status = LadderStatus.Published;
        draft.EffectiveDate = effectiveDate;
        draft.PublishedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }
}
