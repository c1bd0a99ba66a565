using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.People.Staff;

public static class StaffSetup
{
    /// <summary>Staff records: directory, profiles, the staff form, import, export and home cards.</summary>
    public static IServiceCollection AddPeopleStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffAccess>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffProfiles>();
        services.AddScoped<CoalitionCalendar>();
        services.AddScoped<SaveStaffMember>();
        services.AddScoped<LoadStaffFormOptions>();
        services.AddScoped<IHomeCardSource, StaffHomeCards>();
        services.AddScoped<ImportRoster>();
        services.AddSingleton<ImportPayload>();
        services.AddScoped<IDemoSeeder, ImportedRosterDemo>();

        // Everyone's own profile; workers hold no People permission, so the directory entry is not theirs.
        services.AddSingleton(new NavItem("My profile", "/People/Me", PlatformPermissions.SignedIn, typeof(PeopleText), 90));
        return services;
    }
}
