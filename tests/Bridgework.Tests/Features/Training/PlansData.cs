using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.Training;

/// <summary>A coalition with a small catalog, a supervisor and a worker on his team, for the onboarding and records tests.</summary>
public sealed record TrainingTeam(
    TestCoalition Coalition, Guid Org, Dictionary<CredentialType, Guid> Requirements, Guid SelfCare, Guid Documentation, Guid SelfPaced,
    TestUser Supervisor, Guid SupervisorStaff, TestUser Worker, Guid WorkerStaff)
{
    public static async Task<TrainingTeam> CreateAsync(AppFactory app)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var requirements = await coalition.AddRequirementsAsync();
        var chw = requirements[CredentialType.CommunityHealthWorkerCertificate];
        var (selfCare, documentation, selfPaced) = await coalition.DbAsync(async db =>
        {
            var a = new Course { Title = "Vicarious Trauma and Resilience", Kind = CourseKind.SelfCare, Hours = 3m, RequirementId = chw };
            var b = new Course { Title = "Documentation for Medi-Cal CHW Services", Kind = CourseKind.Skills, Format = CourseFormat.Virtual, Hours = 3m, RequirementId = chw };
            var c = new Course { Title = "Harm Reduction Basics", Kind = CourseKind.Skills, Format = CourseFormat.SelfPaced, Hours = 2m, RequirementId = chw };
            db.AddRange(a, b, c);
            await db.SaveChangesAsync();
            return (a.Id, b.Id, c.Id);
        });
        var org = await coalition.AddOrganizationAsync();
        var supervisor = await coalition.UserAsync(CoalitionRole.Supervisor);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisor.Id; s.JobFamily = Bridgework.Web.Features.People.JobFamily.Supervisor; });
        var lupe = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.UserId = worker.Id; s.SupervisorId = marcus; });
        return new TrainingTeam(coalition, org, requirements, selfCare, documentation, selfPaced, supervisor, marcus, worker, lupe);
    }
}
