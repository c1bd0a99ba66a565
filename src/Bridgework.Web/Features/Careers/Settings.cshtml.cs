using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers;

/// <summary>
/// The coalition's pay settings: the paid hours in a year that turn hourly rates into annual pay, the county
/// and household whose living wage the ladder is checked against, and whether the network may name it.
/// </summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class SettingsModel(AppDbContext db, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the paid hours in a year.")]
    [Range(1000, 3000, ErrorMessage = "Enter the paid hours in a year as a number from 1,000 to 3,000.")]
    [Display(Name = "Paid hours in a year")]
    public int? HoursPerYear { get; set; }

    [BindProperty]
    [StringLength(100, ErrorMessage = "Keep the county to 100 characters or fewer.")]
    [Display(Name = "County for the living wage")]
    public string? County { get; set; }

    [BindProperty]
    [StringLength(60, ErrorMessage = "Keep the household type to 60 characters or fewer.")]
    [Display(Name = "Household type for the living wage")]
    public string? Household { get; set; } = CareerSettings.DefaultHousehold;

    [BindProperty]
    [Display(Name = "Share our ladder name with the network")]
    public bool ShareWithNetwork { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Set<CareerSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        HoursPerYear = settings?.HoursPerYear ?? CareerSettings.DefaultHoursPerYear;
        County = settings?.County;
        Household = settings?.LivingWageHousehold ?? CareerSettings.DefaultHousehold;
        ShareWithNetwork = settings?.ShareLadderWithNetwork ?? false;
        Version = settings?.Version ?? Guid.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var settings = await db.Set<CareerSettings>().FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.Add(settings = new CareerSettings());
        }
        else if (Version != Guid.Empty)
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = Version;
        }

        settings.HoursPerYear = HoursPerYear!.Value;
        settings.County = People.Formats.Clean(County);
        settings.LivingWageHousehold = People.Formats.Clean(Household) ?? CareerSettings.DefaultHousehold;
        settings.ShareLadderWithNetwork = ShareWithNetwork;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.Remove(nameof(Version));
            Version = await db.Set<CareerSettings>().Select(s => s.Version).FirstAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, text["Someone else saved the pay settings while you were editing. What you typed is kept: save again to keep it."]);
            return Page();
        }

        TempData["Flash"] = text["Annual pay now uses {0} paid hours a year.", settings.HoursPerYear.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return Redirect("/Careers/Settings");
    }
}
