using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers;

/// <summary>The coalition's pay settings: the paid hours in a year that turn hourly rates into annual pay.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class SettingsModel(AppDbContext db, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the paid hours in a year.")]
    [Range(1000, 3000, ErrorMessage = "Enter the paid hours in a year as a number from 1,000 to 3,000.")]
    [Display(Name = "Paid hours in a year")]
    public int? HoursPerYear { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        HoursPerYear = await db.Set<CareerSettings>().Select(s => (int?)s.HoursPerYear).FirstOrDefaultAsync(cancellationToken)
            ?? CareerSettings.DefaultHoursPerYear;

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

        settings.HoursPerYear = HoursPerYear!.Value;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Annual pay now uses {0} paid hours a year.", settings.HoursPerYear.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return Redirect("/Careers/Settings");
    }
}
