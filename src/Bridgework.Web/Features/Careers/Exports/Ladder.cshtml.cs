using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Exports;

/// <summary>One ladder version as a spreadsheet: its levels with requirements, ranges and step rates.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class LadderModel(LadderReader reader, IStringLocalizer<CareersText> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(User, id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var maxSteps = view.Levels.Count == 0 ? 0 : view.Levels.Max(l => l.Steps);
        var headers = new List<string>
        {
            text["Rank"], text["Level"], text["Months of experience"], text["Credentials"], text["Courses"], text["Competencies"],
            text["Minimum"], text["Midpoint"], text["Maximum"], text["Annual minimum"], text["Annual maximum"],
        };
        headers.AddRange(Enumerable.Range(1, maxSteps).Select(s => text["Step {0}", s].Value));
        var rows = view.Levels.Select(l =>
        {
            var row = new List<object?>
            {
                l.Rank, l.Title, l.MonthsOfExperience, string.Join("; ", CareersLabels.Lines(l.Credentials)), string.Join("; ", CareersLabels.Lines(l.Courses)),
                string.Join("; ", CareersLabels.Lines(l.Competencies)), l.MinHourly, l.MidHourly, l.MaxHourly, view.Annual(l.MinHourly), view.Annual(l.MaxHourly),
            };
            row.AddRange(view.Steps(l).Cast<object?>());
            return (IReadOnlyList<object?>)row;
        }).ToList();
        var name = $"{view.Ladder.Name}-version-{view.Ladder.Number}".Replace(' ', '-').ToLowerInvariant();
        return TableFile.Download(format ?? "csv", name, new TableSheet(text["Ladder"], headers, rows));
    }
}
