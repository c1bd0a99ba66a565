using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Account;

/// <summary>
/// Where an invitation's link lands. A newcomer chooses a password and is signed in as a member; someone
/// who already has an account signs in first and then joins. The token is the only key: it is looked up
/// by its hash across coalitions, and the membership is written acting for the invitation's coalition.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class AcceptInvitationModel(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    ITenantContext tenant,
    TimeProvider clock,
    IStringLocalizer<AccountText> text,
    ILogger<AcceptInvitationModel> log) : PageModel
{
    private Invitation? _invitation;

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Why the link cannot be used, or null when it can.</summary>
    public InvitationState? Refused { get; private set; }

    public bool Unknown { get; private set; }

    public AcceptStep Step { get; private set; }

    public string CoalitionName { get; private set; } = "";

    public string RoleLabel { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? SignedInAs { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Refusal();
        }

        Input.DisplayName = _invitation!.DisplayName;
        return Page();
    }

    /// <summary>A newcomer creates their account.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Refusal();
        }

        if (Step != AcceptStep.NewAccount)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var invitation = _invitation!;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            // The link reached this mailbox, which is what confirming an address means.
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            PreferredCulture = invitation.Language,
            CurrentCoalitionId = invitation.CoalitionId,
            CreatedAt = now,
        };

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, Input.NewPassword);
            if (!created.Succeeded)
            {
                PasswordRules.AddErrors(ModelState, "Input.NewPassword", created, text);
                return Page();
            }

            using (tenant.Enter(invitation.CoalitionId))
            {
                db.Memberships.Add(new CoalitionMembership { UserId = user.Id, Role = invitation.Role, CreatedAt = now });
                invitation.Accept(user.Id, now);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone used or withdrew the same invitation a moment ago.
            return await RefusedAfterRaceAsync(cancellationToken);
        }

        log.LogInformation("Invitation {InvitationId} accepted by new user {UserId}", invitation.Id, user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Flash"] = text["Welcome to {0}. Your account is ready.", CoalitionName].Value;
        return Redirect("/");
    }

    /// <summary>A signed-in user with the invited address joins the coalition.</summary>
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Refusal();
        }

        if (Step != AcceptStep.Join)
        {
            return Page();
        }

        var invitation = _invitation!;
        var user = (await users.GetUserAsync(User))!;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            using (tenant.Enter(invitation.CoalitionId))
            {
                var membership = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == user.Id, cancellationToken);
                if (membership is null)
                {
                    db.Memberships.Add(new CoalitionMembership { UserId = user.Id, Role = invitation.Role, CreatedAt = now });
                }
                else
                {
                    membership.Role = invitation.Role;
                    membership.IsActive = true;
                }

                invitation.Accept(user.Id, now);
                user.CurrentCoalitionId = invitation.CoalitionId;
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAfterRaceAsync(cancellationToken);
        }

        log.LogInformation("Invitation {InvitationId} accepted by existing user {UserId}", invitation.Id, user.Id);
        TempData["Flash"] = text["You joined {0}. You now act for it; switch coalitions in your account settings.", CoalitionName].Value;
        return Redirect("/");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 200)
        {
            Unknown = true;
            return false;
        }

        var hash = Invitation.HashToken(Token);
        var found = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.TokenHash == hash)
            .Join(db.Coalitions, i => i.CoalitionId, c => c.Id, (i, c) => new { Invitation = i, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            Unknown = true;
            return false;
        }

        _invitation = found.Invitation;
        CoalitionName = found.Name;
        RoleLabel = _invitation.Role.Label();
        Email = _invitation.Email;

        var state = _invitation.StateAt(clock.GetUtcNow().UtcDateTime);
        if (state != InvitationState.Pending)
        {
            Refused = state;
            return false;
        }

        var signedIn = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        SignedInAs = signedIn?.Email;
        if (signedIn is not null)
        {
            Step = string.Equals(signedIn.NormalizedEmail, _invitation.NormalizedEmail, StringComparison.Ordinal)
                ? AcceptStep.Join
                : AcceptStep.WrongAccount;
        }
        else
        {
            var hasAccount = await db.Users.AnyAsync(u => u.NormalizedEmail == _invitation.NormalizedEmail, cancellationToken);
            Step = hasAccount ? AcceptStep.SignInFirst : AcceptStep.NewAccount;
        }

        return true;
    }

    private PageResult Refusal()
    {
        Response.StatusCode = Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    private async Task<IActionResult> RefusedAfterRaceAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.Clear();
        return await LoadAsync(cancellationToken) ? Page() : Refusal();
    }

    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter the name people will see for you.")]
        [MaxLength(200, ErrorMessage = "Use at most 200 characters for your name.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";
    }
}

public enum AcceptStep
{
    NewAccount = 0,
    SignInFirst = 1,
    Join = 2,
    WrongAccount = 3,
}
