using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Placements;

/// <summary>A worker's placements, newest first, and the form that records a new one from a date.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class WorkerModel(AppDbContext db, CoalitionCalendar calendar, RecordPlacement record, IStringLocalizer<CareersText> text) : PageModel
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public JobFamily JobFamily { get; private set; }

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public IReadOnlyList<LevelChoice> Levels { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.EffectiveDate = Today;
        var current = History.FirstOrDefault(h => h.EffectiveDate <= Today);
        if (current is not null && Levels.Any(l => l.Id == current.LevelId))
        {
            Input.LevelId = current.LevelId;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var level = Levels.FirstOrDefault(l => l.Id == Input.LevelId);
        if (Input.LevelId is not null && level is null)
        {
            ModelState.AddModelError("Input.LevelId", text["Choose a level of a published ladder."]);
        }

        if (level is not null && Input.Step is { } step && (level.Steps == 0 || step > level.Steps))
        {
            ModelState.AddModelError("Input.Step", level.Steps == 0
                ? text["This level has no steps. Leave the step empty and enter the hourly rate."]
                : text["This level has steps 1 to {0}.", level.Steps]);
        }

        if (Input.Step is null && Input.HourlyRate is null)
        {
            ModelState.AddModelError("Input.HourlyRate", text["Enter the hourly rate, or choose a step to use its rate."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rate = record.Handle(id, level!.Id, level.MinHourly, level.StepPercent, Input.Step, Input.HourlyRate, Input.EffectiveDate!.Value, Input.Note).HourlyRate;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["{0} is placed as {1} at {2} an hour from {3}.", Name, level.Title, CareersLabels.Money(rate),
            Input.EffectiveDate.Value.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return Redirect($"/Careers/Placements/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName, s.JobFamily })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return false;
        }

        (Id, Name, JobFamily) = (id, person.Name, person.JobFamily);
        Today = await calendar.TodayAsync(cancellationToken);
        History = await db.Set<Placement>().AsNoTracking().Where(p => p.StaffMemberId == id)
            .OrderByDescending(p => p.EffectiveDate).ThenByDescending(p => p.RecordedAt)
            .Take(100)
            .Join(db.Set<LadderLevel>(), p => p.LevelId, l => l.Id, (p, l) => new { p, l })
            .Join(db.Set<CareerLadder>(), x => x.l.LadderId, d => d.Id, (x, d) => new HistoryRow(
                x.p.Id, x.l.Id, x.l.Title, d.Family, d.Number, x.p.Step, x.p.HourlyRate, x.p.EffectiveDate, x.p.Note,
                x.l.MinHourly, x.l.MidHourly, x.l.MaxHourly, x.p.RecordedAt))
            .ToListAsync(cancellationToken);
        History = History.OrderByDescending(h => h.EffectiveDate).ThenByDescending(h => h.RecordedAt).ToList();
        Levels = await db.Set<LadderLevel>().AsNoTracking()
            .Join(db.Set<CareerLadder>().Where(d => d.Status == LadderStatus.Published), l => l.LadderId, d => d.Id, (l, d) => new { l, d })
            .OrderBy(x => x.d.Family).ThenBy(x => x.l.Rank)
            .Select(x => new LevelChoice(x.l.Id, x.d.Family, x.l.Title, x.l.MinHourly, x.l.MidHourly, x.l.MaxHourly, x.l.Steps, x.l.StepPercent))
            .Take(200)
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record HistoryRow(
        Guid Id, Guid LevelId, string Level, CareerFamily Family, int LadderNumber, int? Step, decimal HourlyRate, DateOnly EffectiveDate,
        string? Note, decimal MinHourly, decimal MidHourly, decimal MaxHourly, DateTime RecordedAt)
    {
        public decimal? CompaRatio => PayMath.CompaRatio(HourlyRate, MidHourly);

        public decimal? Penetration => PayMath.RangePenetration(HourlyRate, MinHourly, MaxHourly);

        public RangePosition Position => PayMath.Position(HourlyRate, MinHourly, MaxHourly);
    }

    public sealed record LevelChoice(Guid Id, CareerFamily Family, string Title, decimal MinHourly, decimal MidHourly, decimal MaxHourly, int Steps, decimal StepPercent);

    public sealed class PlacementInput
    {
        [Required(ErrorMessage = "Choose the level the worker is placed on.")]
        [Display(Name = "Level")]
        public Guid? LevelId { get; set; }

        [Range(1, 20, ErrorMessage = "Enter a step from 1 to 20, or leave it empty.")]
        [Display(Name = "Step")]
        public int? Step { get; set; }

        [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter an hourly rate between $1 and $500.")]
        [Display(Name = "Hourly rate")]
        public decimal? HourlyRate { get; set; }

        [Required(ErrorMessage = "Enter the date the placement takes effect.")]
        [Display(Name = "Effective date")]
        public DateOnly? EffectiveDate { get; set; }

        [StringLength(500, ErrorMessage = "Keep the note to 500 characters or fewer.")]
        [Display(Name = "Note")]
        public string? Note { get; set; }
    }
}
