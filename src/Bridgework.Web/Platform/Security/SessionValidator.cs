using System.Globalization;
using System.Security.Claims;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Bridgework.Web.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bridgework.Web.Platform.Security;

public sealed class SessionOptions
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);
}

/// <summary>
/// Runs on every signed-in request: ends sessions older than the absolute limit, ends the sessions of a
/// disabled user or one whose security stamp changed (password reset, sign out everywhere), and adds
/// the user's current coalition and role, read fresh in one small query.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limits = services.GetRequiredService<IOptions<SessionOptions>>().Value;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;

        var userId = principal?.UserId();
        var signedInAt = long.TryParse(principal?.FindFirstValue(BridgeworkClaims.SignedInAt), CultureInfo.InvariantCulture, out var ticks)
            ? DateTimeOffset.FromUnixTimeSeconds(ticks)
            : (DateTimeOffset?)null;

        if (userId is null || signedInAt is null || now - signedInAt >= limits.AbsoluteTimeout)
        {
            await RejectAsync(context);
            return;
        }

        var db = services.GetRequiredService<AppDbContext>();
        try
        {
            await AddCurrentMembershipAsync(context, db, userId.Value, stampType);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            // Not thrown from here: the authentication result is cached for the request, and the error
            // page rendered for this failure must still authenticate. DatabaseUnavailable.ThrowIfMarked
            // raises it right after authentication instead.
            DatabaseUnavailable.Mark(context.HttpContext, e);
        }
    }

    private static async Task AddCurrentMembershipAsync(CookieValidatePrincipalContext context, AppDbContext db, Guid userId, string stampType)
    {
        var principal = context.Principal!;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.IsDisabled,
                u.IsNetworkAdmin,
                u.CurrentCoalitionId,
                Role = db.Memberships.IgnoreQueryFilters()
                    .Where(m => m.UserId == u.Id && m.CoalitionId == u.CurrentCoalitionId && m.IsActive)
                    .Select(m => (CoalitionRole?)m.Role)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);

        if (user is null || user.IsDisabled || user.SecurityStamp != principal.FindFirstValue(stampType))
        {
            await RejectAsync(context);
            return;
        }

        var claims = new List<Claim>();
        if (user.Role is { } role && user.CurrentCoalitionId is { } coalition)
        {
            claims.Add(new Claim(BridgeworkClaims.Coalition, coalition.ToString()));
            claims.Add(new Claim(BridgeworkClaims.Role, role.ToString()));
        }

        if (user.IsNetworkAdmin)
        {
            claims.Add(new Claim(BridgeworkClaims.NetworkAdmin, "true"));
        }

        principal.AddIdentity(new ClaimsIdentity(claims));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>Stamps the moment of sign-in into the cookie so the absolute timeout has something to count from.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, IOptions<IdentityOptions> options, TimeProvider clock)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BridgeworkClaims.SignedInAt,
            clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim("bw:display_name", user.DisplayName));
        }

        return identity;
    }
}
