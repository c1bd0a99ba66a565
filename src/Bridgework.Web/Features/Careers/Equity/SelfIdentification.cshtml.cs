using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Equity;

/// <summary>A worker tells, if they wish, the groups the pay-equity report looks at. Only they see their answers.</summary>
[Authorize(Policy = CareersPermissions.Read)]
public sealed class SelfIdentificationModel(AppDbContext db, StaffAccess access, TimeProvider clock, IStringLocalizer<CareersText> text) : PageModel
{
    public bool HasRecord { get; private set; }

    [BindProperty]
    public GenderGroup Gender { get; set; }

    [BindProperty]
    public RaceEthnicityGroup RaceEthnicity { get; set; }

    [BindProperty]
    public LanguageGroup PrimaryLanguage { get; set; }

    [BindProperty]
    public LivedExperienceGroup LivedExperience { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = (await access.ViewerAsync(User, cancellationToken)).StaffId;
        HasRecord = me is not null;
        var mine = me is null ? null : await db.Set<SelfIdentification>().AsNoTracking().FirstOrDefaultAsync(s => s.StaffMemberId == me, cancellationToken);
        if (mine is not null)
        {
            (Gender, RaceEthnicity, PrimaryLanguage, LivedExperience) = (mine.Gender, mine.RaceEthnicity, mine.PrimaryLanguage, mine.LivedExperience);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if ((await access.ViewerAsync(User, cancellationToken)).StaffId is not { } me)
        {
            return NotFound();
        }

        // An answer that is not on the list counts as "prefer not to say" rather than an error to argue with.
        var mine = await db.Set<SelfIdentification>().FirstOrDefaultAsync(s => s.StaffMemberId == me, cancellationToken);
        if (mine is null)
        {
            db.Add(mine = new SelfIdentification { StaffMemberId = me });
        }

        mine.Gender = Enum.IsDefined(Gender) ? Gender : GenderGroup.PreferNotToSay;
        mine.RaceEthnicity = Enum.IsDefined(RaceEthnicity) ? RaceEthnicity : RaceEthnicityGroup.PreferNotToSay;
        mine.PrimaryLanguage = Enum.IsDefined(PrimaryLanguage) ? PrimaryLanguage : LanguageGroup.PreferNotToSay;
        mine.LivedExperience = Enum.IsDefined(LivedExperience) ? LivedExperience : LivedExperienceGroup.PreferNotToSay;
        mine.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Saved. Thank you. Your answers stay yours: reports show only groups of five or more people."].Value;
        return Redirect("/Careers/Me/SelfIdentification");
    }
}
