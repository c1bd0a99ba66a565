using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>Edits a benchmark its owner entered; anyone else's is not found.</summary>
[Authorize(Policy = PlatformPermissions.SignedIn)]
public sealed class EditModel(AppDbContext db, BenchmarkScope scope, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public BenchmarkInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var benchmark = await scope.Editable(User).AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (benchmark is null)
        {
            return NotFound();
        }

        Input = BenchmarkInput.From(benchmark);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var benchmark = await scope.Editable(User).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (benchmark is null)
        {
            return NotFound();
        }

        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError("Input." + field, text[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(benchmark).Property(b => b.Version).OriginalValue = Input.Version;
        Input.ApplyTo(benchmark);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<PayBenchmark>().AsNoTracking().FirstAsync(b => b.Id == id, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            ModelState.AddModelError(string.Empty, text["Someone else saved changes to this benchmark while you were editing. What you typed is kept: save again to keep it."]);
            return Page();
        }

        TempData["Flash"] = text["The benchmark {0} is saved.", benchmark.Label].Value;
        return Redirect("/Careers/Benchmarks");
    }
}
