using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Audit;

public static class AuditSetup
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton(new NavItem("Audit trail", "/Audit", PlatformPermissions.ReadAudit, typeof(AuditText), Order: 900));
        return services;
    }
}
