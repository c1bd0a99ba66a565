using Bridgework.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Simulation;

/// <summary>The budget a draft would cost if published today, by organization, with who would move.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class IndexModel(BudgetSimulation simulation, IStringLocalizer<CareersText> text) : PageModel
{
    public BudgetSimulation.Result Result { get; private set; } = null!;

    public Chart? CostChart { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await simulation.RunAsync(id, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        Result = result;
        CostChart = result.ByOrganization.Count == 0 ? null : new Chart(
            text["Added annual cost by organization"],
            result.ByOrganization.Select(o => o.Organization).ToList(),
            [new ChartSeries(text["Added annual cost"], result.ByOrganization.Select(o => o.AnnualCost).ToList())])
        { Format = "C0", Horizontal = true };
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        if (await simulation.RunAsync(id, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        var organizations = new TableSheet(text["By organization"],
            [text["Organization"], text["People"], text["Moving"], text["Annual pay now"], text["Annual pay after"], text["Added annual cost"]],
            result.ByOrganization.Select(o => (IReadOnlyList<object?>)[o.Organization, o.People, o.Moving, o.AnnualNow, o.AnnualAfter, o.AnnualCost]));
        var people = new TableSheet(text["Workers"],
            [text["Worker"], text["Organization"], text["Level now"], text["Step"], text["Hourly rate now"], text["Level in the draft"], text["Hourly rate after"], text["Change"], text["Added annual cost"]],
            result.Rows.Select(r => (IReadOnlyList<object?>)[r.Worker.Name, r.Worker.Organization, r.Worker.Level, r.Worker.Step, r.Worker.HourlyRate, r.NewLevel, r.NewRate, text[SimulationLabels.Of(r.Move)].Value, r.AnnualCost]));
        return TableFile.Download(format, "budget-simulation-version-" + result.Draft.Number, organizations, people);
    }
}

public static class SimulationLabels
{
    public static string Of(Move move) => move switch
    {
        Move.StepChange => "Step rate changes",
        Move.RaisedToMinimum => "Raised to the new minimum",
        Move.NoMatchingLevel => "No level of the same rank in the draft",
        _ => "No change",
    };
}
