using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Platform.Security;

public static class SecuritySetup
{
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan PasswordResetLinkLifetime = TimeSpan.FromHours(2);

    public static IServiceCollection AddPlatformSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection("Sessions"));
        var sessions = configuration.GetSection("Sessions").Get<SessionOptions>() ?? new SessionOptions();

        services.AddIdentity<AppUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(o =>
            {
                // OWASP ASVS 2.1: length, no composition rules, and a common-password check instead.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                // "Confirmed" here means "not disabled": see ActiveUserConfirmation.
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddUserConfirmation<ActiveUserConfirmation>();

        // Password reset links: short-lived (OWASP), and single-use because a reset changes the security stamp.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordResetLinkLifetime);
        services.AddScoped<SendInvitation>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "bridgework.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = sessions.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Errors/403";
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });

        // Keys live in the database so that any app node can read any other node's cookies.
        services.AddDataProtection().SetApplicationName("Bridgework").PersistKeysToDbContext<AppDbContext>();

        services.AddSingleton<PermissionGrants>(sp =>
        {
            var grants = new PermissionGrants()
                .GrantNetworkAdmin(PlatformPermissions.ManageCoalitions)
                .GrantNetworkAdmin(PlatformPermissions.ReadAudit)
                .Grant(PlatformPermissions.ManageUsers, Tenancy.CoalitionRole.CoalitionAdmin)
                .Grant(PlatformPermissions.ReadAudit, Tenancy.CoalitionRole.CoalitionAdmin);
            foreach (var module in sp.GetServices<IPermissionModule>())
            {
                module.Grant(grants);
            }

            return grants;
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        return services;
    }
}

/// <summary>A module's permissions, granted to roles. Register one per module in its Add&lt;Module&gt;().</summary>
public interface IPermissionModule
{
    void Grant(PermissionGrants grants);
}
