using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>Adds a benchmark: the coalition's own, or a network-wide one when the network admin adds it.</summary>
[Authorize(Policy = PlatformPermissions.SignedIn)]
public sealed class NewModel(AppDbContext db, BenchmarkScope scope, TimeProvider clock, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public BenchmarkInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        if (!scope.MayEdit(User))
        {
            return Forbid();
        }

        Input.Kind = BenchmarkKind.Market;
        Input.Year = clock.GetUtcNow().Year - 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.MayEdit(User))
        {
            return Forbid();
        }

        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError("Input." + field, text[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var benchmark = new PayBenchmark { Source = "", OwnerCoalitionId = scope.NewOwner(User) };
        Input.ApplyTo(benchmark);
        db.Add(benchmark);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The benchmark {0} is saved.", benchmark.Label].Value;
        return Redirect("/Careers/Benchmarks");
    }
}
