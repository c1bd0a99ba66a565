using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>What a draft changes against the family's published ladder, level by level (matched by position).</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class CompareModel(AppDbContext db, LadderReader reader) : PageModel
{
    public LadderView Draft { get; private set; } = null!;

    public LadderView? Published { get; private set; }

    public IReadOnlyList<LevelChange> Changes { get; private set; } = [];

    public IReadOnlyList<Change> LadderChanges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var draft = await db.Set<CareerLadder>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.Status == LadderStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = await reader.ViewOfAsync(draft, cancellationToken);
        var published = await db.Set<CareerLadder>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.Family == draft.Family && l.Status == LadderStatus.Published, cancellationToken);
        if (published is null)
        {
            return Page();
        }

        Published = await reader.ViewOfAsync(published, cancellationToken);
        LadderChanges = Diff(
        [
            ("Name", published.Name, draft.Name),
            ("Bilingual differential", Differential(published.BilingualKind, published.BilingualValue), Differential(draft.BilingualKind, draft.BilingualValue)),
            ("Field differential", Differential(published.FieldKind, published.FieldValue), Differential(draft.FieldKind, draft.FieldValue)),
            ("Lead differential", Differential(published.LeadKind, published.LeadValue), Differential(draft.LeadKind, draft.LeadValue)),
        ]);

        var ranks = Draft.Levels.Select(l => l.Rank).Union(Published.Levels.Select(l => l.Rank)).Order();
        Changes = ranks.Select(rank =>
        {
            var before = Published.Levels.FirstOrDefault(l => l.Rank == rank);
            var after = Draft.Levels.FirstOrDefault(l => l.Rank == rank);
            return new LevelChange(rank, after?.Title ?? before!.Title, before is null, after is null,
                before is null || after is null ? [] : Diff(Fields(before, Published), Fields(after, Draft)));
        }).ToList();
        return Page();
    }

    private static string Differential(DifferentialKind kind, decimal value) =>
        kind == DifferentialKind.None ? "—" : CareersLabels.Differential(kind, value);

    private static IReadOnlyList<(string Field, string? Value)> Fields(LadderLevel l, LadderView view) =>
    [
        ("Title", l.Title),
        ("Hourly range", $"{CareersLabels.Money(l.MinHourly)} – {CareersLabels.Money(l.MaxHourly)}"),
        ("Midpoint", CareersLabels.Money(l.MidHourly)),
        ("Annual range", $"{CareersLabels.Dollars(view.Annual(l.MinHourly))} – {CareersLabels.Dollars(view.Annual(l.MaxHourly))}"),
        ("Steps", l.Steps == 0 ? "—" : $"{l.Steps} × {l.StepPercent:0.##} %"),
        ("Months of experience", l.MonthsOfExperience.ToString(System.Globalization.CultureInfo.CurrentCulture)),
        ("What counts as experience", l.ExperienceEquivalencies),
        ("Summary", l.Summary),
        ("Responsibilities", l.Responsibilities),
        ("Credentials", l.Credentials),
        ("Courses", l.Courses),
        ("Competencies", l.Competencies),
        ("Performance", l.PerformanceCriterion),
    ];

    private static List<Change> Diff(IReadOnlyList<(string Field, string? Value)> before, IReadOnlyList<(string Field, string? Value)> after) =>
        before.Zip(after).Where(p => (p.First.Value ?? "") != (p.Second.Value ?? ""))
            .Select(p => new Change(p.First.Field, p.First.Value, p.Second.Value)).ToList();

    private static List<Change> Diff(IReadOnlyList<(string Field, string? Before, string? After)> fields) =>
        fields.Where(f => (f.Before ?? "") != (f.After ?? "")).Select(f => new Change(f.Field, f.Before, f.After)).ToList();

    public sealed record Change(string Field, string? Before, string? After);

    public sealed record LevelChange(int Rank, string Title, bool Added, bool Removed, IReadOnlyList<Change> Changes);
}
