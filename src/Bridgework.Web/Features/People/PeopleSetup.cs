using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Security;

namespace Bridgework.Web.Features.People;

public static class PeopleSetup
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionModule, PeoplePermissions.Module>();
        services.AddPeopleStaff();
        return services;
    }
}
