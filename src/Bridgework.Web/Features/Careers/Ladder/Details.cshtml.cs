using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>One ladder version: its levels, requirements and pay. Admins edit a draft here and publish it.</summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class DetailsModel(
    AppDbContext db, LadderReader reader, PublishLadder publish, CoalitionCalendar calendar, PermissionGrants grants,
    IStringLocalizer<CareersText> text, Benchmarks.LadderBenchmarks benchmarks) : PageModel
{
    public Benchmarks.BenchmarkSet Benchmarks { get; private set; } = null!;

    public Chart? PayChart { get; private set; }

    public LadderView View { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<(Guid Id, int Number, LadderStatus Status, DateOnly? EffectiveDate)> History { get; private set; } = [];

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Publish.EffectiveDate = await calendar.TodayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = await db.Set<Careers.CareerLadder>().FirstAsync(l => l.Id == id, cancellationToken);
        db.Entry(draft).Property(l => l.Version).OriginalValue = Publish.Version;
        var problem = await publish.HandleAsync(draft, Publish.EffectiveDate!.Value, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError("Publish.EffectiveDate", text[problem]);
            return Page();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this draft while you were looking at it. Check it again below, then publish."]);
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.Remove("Publish.Version");
            Publish.Version = View.Ladder.Version;
            return Page();
        }

        TempData["Flash"] = text["Version {0} of {1} is published, effective {2}. The earlier version stays in the history.",
            draft.Number, draft.Name, draft.EffectiveDate!.Value.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return Redirect($"/Careers/Ladder/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        CanManage = User.Has(CareersPermissions.Manage, grants);
        var view = await reader.ReadAsync(User, id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        Publish.Version = view.Ladder.Version;
        Benchmarks = await benchmarks.ForAsync(User, cancellationToken);
        PayChart = Careers.Benchmarks.BenchmarkChart.For(view, Benchmarks, text);
        History = (await reader.Visible(User)
            .Where(l => l.Family == view.Ladder.Family)
            .OrderByDescending(l => l.Number)
            .Select(l => new { l.Id, l.Number, l.Status, l.EffectiveDate })
            .Take(100)
            .ToListAsync(cancellationToken)).Select(l => (l.Id, l.Number, l.Status, l.EffectiveDate)).ToList();
        return true;
    }

    public sealed class PublishInput
    {
        [Required(ErrorMessage = "Enter the date this version takes effect.")]
        [Display(Name = "Effective date")]
        public DateOnly? EffectiveDate { get; set; }

        public Guid Version { get; set; }
    }
}
