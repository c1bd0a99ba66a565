using Bridgework.Web.Features.People.Demo;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.People;

public static class PeopleSetup
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionModule, PeoplePermissions.Module>();
        // One entry for the module; its pages link between directory, organizations and teams (_PeopleNav).
        services.AddSingleton(new NavItem("People", "/People", PeoplePermissions.Read, typeof(PeopleText), 10));
        services.AddScoped<IDemoSeeder, PeopleDemoSeeder>();
        services.AddPeopleStaff();
        return services;
    }
}
