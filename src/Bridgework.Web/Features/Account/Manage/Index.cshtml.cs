using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account.Manage;

/// <summary>The signed-in user's own settings: name, language, the coalition they act for, and links to sign-in security.</summary>
public sealed class IndexModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    public string Email { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public Guid? CurrentCoalitionId { get; private set; }

    /// <summary>The coalitions where the user is an active member.</summary>
    public IReadOnlyList<(Guid Id, string Name, string Role)> Coalitions { get; private set; } = [];

    /// <summary>
    /// The switch shows when there is a choice, or when the user acts for none of their coalitions (a
    /// network admin a coalition made a member, or someone whose access there was turned off).
    /// </summary>
    public bool CanSwitch => Coalitions.Count > 1 || (Coalitions.Count == 1 && Coalitions[0].Id != CurrentCoalitionId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Profile = new ProfileInput { DisplayName = user.DisplayName, Language = user.PreferredCulture };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.DisplayName = Profile.DisplayName.Trim();
        user.PreferredCulture = Profile.Language;
        await users.UpdateAsync(user);
        // The name in the header comes from the sign-in cookie.
        await signIn.RefreshSignInAsync(user);

        var culture = Profile.Language == "es" ? "es-US" : "en-US";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        using (CultureScope.For(Profile.Language))
        {
            TempData["Flash"] = text["Your settings are saved."].Value;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCoalitionAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        // Only a coalition where the user is an active member; anything else is not theirs to pick.
        var name = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id && m.CoalitionId == coalitionId && m.IsActive)
            .Join(db.Coalitions, m => m.CoalitionId, c => c.Id, (m, c) => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        user.CurrentCoalitionId = coalitionId;
        await users.UpdateAsync(user);
        TempData["Flash"] = text["You now act for {0}.", name].Value;
        return Redirect("/");
    }

    private async Task LoadAsync(AppUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        CurrentCoalitionId = user.CurrentCoalitionId;
        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Join(db.Coalitions, m => m.CoalitionId, c => c.Id, (m, c) => new { c.Id, c.Name, m.Role })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        Coalitions = memberships.Select(m => (m.Id, m.Name, m.Role.Label())).ToList();
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Enter the name people see for you.")]
        [MaxLength(200, ErrorMessage = "Use at most 200 characters for your name.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Choose a language.")]
        [RegularExpression("^(en|es)$", ErrorMessage = "Choose a language.")]
        [Display(Name = "Language")]
        public string Language { get; set; } = "en";
    }
}
