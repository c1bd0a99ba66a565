using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Level;

/// <summary>What the new and edit level forms send, with the pay rules they must keep.</summary>
public sealed class LevelInput
{
    [Range(1, 20, ErrorMessage = "Enter the level’s position on the ladder, from 1 to 20.")]
    [Display(Name = "Position on the ladder")]
    public int Rank { get; set; } = 1;

    [Required(ErrorMessage = "Enter the level’s title.")]
    [StringLength(200, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Keep the summary to 1,000 characters or fewer.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(4000, ErrorMessage = "Keep the responsibilities to 4,000 characters or fewer.")]
    [Display(Name = "Responsibilities")]
    public string? Responsibilities { get; set; }

    [Range(0, 600, ErrorMessage = "Enter the months of experience as a number from 0 to 600.")]
    [Display(Name = "Months of experience")]
    public int MonthsOfExperience { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the equivalencies to 2,000 characters or fewer.")]
    [Display(Name = "What counts as experience")]
    public string? ExperienceEquivalencies { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the credentials to 2,000 characters or fewer.")]
    [Display(Name = "Required credentials, one a line")]
    public string? Credentials { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the courses to 2,000 characters or fewer.")]
    [Display(Name = "Required courses, one a line")]
    public string? Courses { get; set; }

    /// <summary>Competency proficiencies, a row each; blank rows are left out.</summary>
    public List<CompetencyRow> CompetencyRows { get; set; } = [];

    /// <summary>The coalition's competencies, from Training: the choices of every row.</summary>
    [BindNever]
    public IReadOnlyList<string> Framework { get; private set; } = [];

    /// <summary>Names the level already asked for that are not in the framework; kept when saved again.</summary>
    [BindNever]
    public IReadOnlyList<string> Unlisted { get; private set; } = [];

    [StringLength(2000, ErrorMessage = "Keep the performance criterion to 2,000 characters or fewer.")]
    [Display(Name = "Performance criterion")]
    public string? PerformanceCriterion { get; set; }

    [Required(ErrorMessage = "Enter the minimum hourly rate.")]
    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter a minimum hourly rate between $1 and $500.")]
    [Display(Name = "Minimum hourly")]
    public decimal? MinHourly { get; set; }

    [Required(ErrorMessage = "Enter the midpoint hourly rate.")]
    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter a midpoint hourly rate between $1 and $500.")]
    [Display(Name = "Midpoint hourly")]
    public decimal? MidHourly { get; set; }

    [Required(ErrorMessage = "Enter the maximum hourly rate.")]
    [Range(typeof(decimal), "1", "500", ErrorMessage = "Enter a maximum hourly rate between $1 and $500.")]
    [Display(Name = "Maximum hourly")]
    public decimal? MaxHourly { get; set; }

    [Range(0, 20, ErrorMessage = "Enter a number of steps from 0 (no steps) to 20.")]
    [Display(Name = "Number of steps")]
    public int Steps { get; set; }

    [Range(typeof(decimal), "0", "25", ErrorMessage = "Enter a step increase between 0 and 25 percent.")]
    [Display(Name = "Increase per step (percent)")]
    public decimal StepPercent { get; set; }

    public Guid Version { get; set; }

    public static LevelInput From(LadderLevel l) => new()
    {
        Rank = l.Rank,
        Title = l.Title,
        Summary = l.Summary,
        Responsibilities = l.Responsibilities,
        MonthsOfExperience = l.MonthsOfExperience,
        ExperienceEquivalencies = l.ExperienceEquivalencies,
        Credentials = l.Credentials,
        Courses = l.Courses,
        CompetencyRows = CareersLabels.Lines(l.Competencies).Select(CompetencyRow.From).ToList(),
        PerformanceCriterion = l.PerformanceCriterion,
        MinHourly = l.MinHourly,
        MidHourly = l.MidHourly,
        MaxHourly = l.MaxHourly,
        Steps = l.Steps,
        StepPercent = l.StepPercent,
        Version = l.Version,
    };

    /// <summary>The range must be in order and every step inside it.</summary>
    public void Check(ModelStateDictionary state, IStringLocalizer text)
    {
        if (MinHourly is not { } min || MidHourly is not { } mid || MaxHourly is not { } max)
        {
            return;
        }

        if (mid < min)
        {
            state.AddModelError("Input.MidHourly", text["The midpoint cannot be below the minimum."]);
        }

        if (max < mid)
        {
            state.AddModelError("Input.MaxHourly", text["The maximum cannot be below the midpoint."]);
        }

        if (Steps > 0 && StepPercent <= 0)
        {
            state.AddModelError("Input.StepPercent", text["Enter how much each step adds, or set the number of steps to 0."]);
        }
        else if (Steps > 0 && max >= min && PayMath.StepRate(min, StepPercent, Steps) > max)
        {
            state.AddModelError("Input.Steps", text["The top step ({0}) would be above the maximum. Use fewer steps or a smaller increase.",
                CareersLabels.Money(PayMath.StepRate(min, StepPercent, Steps))]);
        }
    }

    public const int MaxCompetencies = 20;

    /// <summary>
    /// Gives the rows their choices: the coalition's framework, and any name the saved level asked for that the
    /// framework does not hold (a line from before the picker), so saving again keeps it. Ends with a blank row
    /// to fill in, so the form works without script.
    /// </summary>
    public void UseCompetencies(IReadOnlyList<string> framework, string? saved)
    {
        Framework = framework;
        var known = framework.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Unlisted = CareersLabels.Lines(saved).Select(CompetencyRow.From).Select(r => r.Name!)
            .Where(n => !known.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var blanks = CompetencyRows.Count(r => r.IsBlank);
        if (blanks == 0 && CompetencyRows.Count < MaxCompetencies)
        {
            CompetencyRows.Add(new CompetencyRow());
        }

        while (CompetencyRows.Count < 2)
        {
            CompetencyRows.Add(new CompetencyRow());
        }
    }

    /// <summary>Another blank row, for "Add another competency" without script.</summary>
    public void AddCompetencyRow()
    {
        if (CompetencyRows.Count < MaxCompetencies)
        {
            CompetencyRows.Add(new CompetencyRow());
        }
    }

    public void RemoveCompetencyRow(int index)
    {
        if (index >= 0 && index < CompetencyRows.Count)
        {
            CompetencyRows.RemoveAt(index);
        }
    }

    private IEnumerable<CompetencyRow> FilledRows() => CompetencyRows.Where(r => !r.IsBlank);

    /// <summary>Every filled row names a competency of the framework (or one the level already had) once, with a level of the scale.</summary>
    public void CheckCompetencies(ModelStateDictionary state, IStringLocalizer text)
    {
        var allowed = Framework.Concat(Unlisted).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (FilledRows().Count() > MaxCompetencies)
        {
            state.AddModelError("Input.CompetencyRows", text["List at most {0} competencies.", MaxCompetencies]);
        }

        for (var i = 0; i < CompetencyRows.Count; i++)
        {
            var row = CompetencyRows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var name = row.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                state.AddModelError($"Input.CompetencyRows[{i}].Name", text["Choose the competency, or clear the level of this row."]);
            }
            else if (!allowed.Contains(name))
            {
                state.AddModelError($"Input.CompetencyRows[{i}].Name", text["Choose a competency from the coalition’s framework."]);
            }
            else if (!seen.Add(name))
            {
                state.AddModelError($"Input.CompetencyRows[{i}].Name", text["{0} is listed twice. Keep one row for it.", name]);
            }

            if (CompetencyRequirement.LevelOf(row.Level) < 0)
            {
                state.AddModelError($"Input.CompetencyRows[{i}].Level", text["Choose the level this competency must reach."]);
            }
        }
    }

    public void ApplyTo(LadderLevel l)
    {
        l.Rank = Rank;
        l.Title = Title.Trim();
        l.Summary = Formats.Clean(Summary);
        l.Responsibilities = Formats.Clean(Responsibilities);
        l.MonthsOfExperience = MonthsOfExperience;
        l.ExperienceEquivalencies = Formats.Clean(ExperienceEquivalencies);
        l.Credentials = Lines(Credentials);
        l.Courses = Lines(Courses);
        var competencies = FilledRows().Select(r => new CompetencyRequirement(r.Name!.Trim(), CompetencyRequirement.LevelOf(r.Level)).Line).ToList();
        l.Competencies = competencies.Count == 0 ? null : string.Join('\n', competencies);
        l.PerformanceCriterion = Formats.Clean(PerformanceCriterion);
        l.MinHourly = PayMath.Cents(MinHourly!.Value);
        l.MidHourly = PayMath.Cents(MidHourly!.Value);
        l.MaxHourly = PayMath.Cents(MaxHourly!.Value);
        l.Steps = Steps;
        l.StepPercent = Steps == 0 ? 0 : StepPercent;
    }

    /// <summary>One competency and the level it must reach, as the form sends it.</summary>
    public sealed class CompetencyRow
    {
        [Display(Name = "Competency")]
        public string? Name { get; set; }

        [Display(Name = "Level to reach")]
        public string? Level { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Level);

        /// <summary>A stored line as a row; a free-text line with no level keeps its whole text as the name.</summary>
        public static CompetencyRow From(string line) => CompetencyRequirement.Parse(line) is { } r
            ? new CompetencyRow { Name = r.Name, Level = CompetencyRequirement.Scale[r.Level] }
            : new CompetencyRow { Name = line };
    }

    private static string? Lines(string? text)
    {
        var lines = CareersLabels.Lines(text?.Replace("\r", "", StringComparison.Ordinal));
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
