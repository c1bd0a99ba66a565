using Bridgework.Web.Features.Training.Demo;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Events;
using Bridgework.Web.Platform.Jobs;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Web;

namespace Bridgework.Web.Features.Training;

public static class TrainingSetup
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionModule, TrainingPermissions.Module>();
        services.AddSingleton(new NavItem("Training", "/Training/Me", PlatformPermissions.SignedIn, typeof(TrainingText), 40));
        services.AddScoped<TrainingCompliance>();
        services.AddScoped<TrainingFacts>();
        services.AddScoped<IHomeCardSource, TrainingHomeCards>();
        services.AddScoped<IDemoSeeder, TrainingDemoSeeder>();
        services.AddScoped<IEventHandler<WorkerHired>, Plans.StartOnboarding>();
        services.AddScoped<IEventHandler<StaffMemberAdded>, Plans.StartOnboarding>();
        services.AddScoped<IHomeCardSource, Records.RecordsHomeCards>();
        services.AddScoped<IDemoSeeder, Demo.TrainingPlansDemoSeeder>();
        services.AddScoped<Compliance.Export.AuditExport>();
        services.AddDailyCoalitionJob<Reminders.SendTrainingReminders>(hour: 7);
        services.AddScoped<Growth.CompetencyLevels>();
        services.AddScoped<Feedback.FeedbackRules>();
        services.AddScoped<Reports.TrainingReports>();
        services.AddScoped<IHomeCardSource, GrowthHomeCards>();
        services.AddScoped<IDemoSeeder, GrowthDemoSeeder>();
        services.AddScoped<Plans.EnsureTrainingDefaults>();
        return services;
    }
}
