using System.Security.Claims;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Bridgework.Web.Platform.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Every policy name is a permission name: [Authorize("people.manage")] needs no registration.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName)
        ?? new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
}

public sealed class PermissionHandler(PermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Has(requirement.Permission, grants))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static CoalitionRole? CoalitionRole(this ClaimsPrincipal user) =>
        Enum.TryParse<CoalitionRole>(user.FindFirstValue(BridgeworkClaims.Role), out var role) ? role : null;

    public static bool IsNetworkAdmin(this ClaimsPrincipal user) => user.HasClaim(BridgeworkClaims.NetworkAdmin, "true");

    public static bool Has(this ClaimsPrincipal user, string permission, PermissionGrants grants) =>
        user.Identity?.IsAuthenticated == true && grants.Allows(user.CoalitionRole(), user.IsNetworkAdmin(), permission);
}
