using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Users;

/// <summary>One member of the coalition: change their role, or turn their access off and on.</summary>
[Authorize(Policy = PlatformPermissions.ManageUsers)]
public sealed class MemberModel(
    AppDbContext db,
    ITenantContext tenant,
    ChangeMemberRole changeRole,
    DisableMember disable,
    EnableMember enable,
    IStringLocalizer<UsersText> text,
    IStringLocalizer<SharedText> shared) : PageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public MemberView Member { get; private set; } = null!;

    public string TimeZone { get; private set; } = CoalitionTime.DefaultZone;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RoleInput { Role = Member.Role, Version = Member.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await changeRole.HandleAsync(id, Input.Role!.Value, Input.Version, cancellationToken);
        return await AfterAsync(id, result, text["{0} is now {1}.", Member.Name, S(Input.Role!.Value)], "Input.Role", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // These forms carry no role; the role form is shown as stored.
        ModelState.Clear();
        Input = new RoleInput { Role = Member.Role, Version = Member.Version };
        var result = await disable.HandleAsync(id, User.UserId()!.Value, cancellationToken);
        return await AfterAsync(id, result, text["{0} can no longer sign in to this coalition. Their open sessions have ended.", Member.Name], "", cancellationToken);
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // These forms carry no role; the role form is shown as stored.
        ModelState.Clear();
        Input = new RoleInput { Role = Member.Role, Version = Member.Version };
        var result = await enable.HandleAsync(id, cancellationToken);
        return await AfterAsync(id, result, text["{0} has access again.", Member.Name], "", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, MemberChange result, string done, string field, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case MemberChange.Done:
                TempData["Flash"] = done;
                return RedirectToPage(new { id });
            case MemberChange.NotFound:
                return NotFound();
            case MemberChange.Self:
                ModelState.AddModelError(field, text["You cannot turn off your own access. Ask another coalition admin."]);
                break;
            case MemberChange.LastAdmin:
                ModelState.AddModelError(field, text["This is the coalition’s only active admin. Make someone else a coalition admin first."]);
                break;
            case MemberChange.Conflict:
                // Keep the role they chose; show what is stored now.
                await LoadAsync(id, cancellationToken);
                ModelState.Remove("Input.Version");
                Input.Version = Member.Version;
                ModelState.AddModelError(field, text["Someone else changed this member a moment ago: their role is now {0}. Choose again and save.", S(Member.Role)]);
                break;
            default:
                throw new InvalidOperationException($"Unexpected {result}.");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var member = await db.Memberships
            .Where(m => m.Id == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberView(
                m.Id, u.Id, u.DisplayName, u.Email ?? "", m.Role, m.IsActive, u.TwoFactorEnabled, m.CreatedAt, m.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return false;
        }

        Member = member;
        TimeZone = await db.Coalitions.Where(c => c.Id == tenant.CoalitionId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken)
            ?? CoalitionTime.DefaultZone;
        return true;
    }

    public bool IsSelf => Member.UserId == User.UserId();

    private string S(CoalitionRole role) => shared[role.Label()];

    public sealed record MemberView(
        Guid Id, Guid UserId, string Name, string Email, CoalitionRole Role, bool IsActive, bool TwoFactor, DateTime Since, Guid Version);

    public sealed class RoleInput
    {
        [Required(ErrorMessage = "Choose a role.")]
        [Display(Name = "Role")]
        public CoalitionRole? Role { get; set; }

        public Guid Version { get; set; }
    }
}
