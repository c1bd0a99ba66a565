using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>The coalition's hiring settings: the fair-chance response window, its holidays, and how long records of candidates not hired are kept.</summary>
[Authorize(Policy = HiringPermissions.Manage)]
public sealed class SettingsModel(AppDbContext db, IStringLocalizer<HiringText> text) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    /// <summary>On a conflict: the settings as the other person saved them.</summary>
    public HiringSettings? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await HiringSettings.ReadAsync(db, cancellationToken);
        Input = new SettingsInput
        {
            ResponseDays = settings.ResponseDays,
            RetentionYears = settings.RetentionYears,
            Holidays = settings.Holidays,
            Version = settings.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        HiringSettings.ParseHolidays(Input.Holidays, out var badLine);
        if (badLine > 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Holidays)}", text["Line {0} does not start with a date like 2026-12-25.", badLine]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var settings = await db.Set<HiringSettings>().FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.Add(settings = new HiringSettings());
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = Input.Version;
        }

        settings.ResponseDays = Input.ResponseDays!.Value;
        settings.RetentionYears = Input.RetentionYears!.Value;
        settings.Holidays = (Input.Holidays ?? "").Replace("\r", "", StringComparison.Ordinal).Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Current = await HiringSettings.ReadAsync(db, cancellationToken);
            Input.Version = Current.Version;
            ModelState.AddModelError("", text["Someone else changed these settings while you were editing. Their values are shown; send yours again to replace them."]);
            return Page();
        }

        TempData["Flash"] = text["The hiring settings are saved."].Value;
        return Redirect("/Hiring/Offers/Settings");
    }
}

public sealed class SettingsInput
{
    [Required(ErrorMessage = "Enter the business days a candidate has to respond.")]
    [Range(HiringSettings.MinimumResponseDays, 30, ErrorMessage = "Enter from 5 to 30 business days: California requires at least 5.")]
    [Display(Name = "Business days to respond to a preliminary notice")]
    public int? ResponseDays { get; set; }

    [StringLength(4000, ErrorMessage = "Keep the holidays to 4,000 characters or fewer.")]
    [Display(Name = "Holidays")]
    public string? Holidays { get; set; }

    [Required(ErrorMessage = "Enter how many years to keep the records.")]
    [Range(HiringSettings.MinimumRetentionYears, 10, ErrorMessage = "Enter from 1 to 10 years.")]
    [Display(Name = "Keep records of candidates not hired for (years)")]
    public int? RetentionYears { get; set; }

    public Guid Version { get; set; }
}
