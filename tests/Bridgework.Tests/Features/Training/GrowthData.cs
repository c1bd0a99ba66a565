using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Features.Training;

/// <summary>
/// A coalition with the C3 framework, an admin, a supervisor (Marcus) with a worker (Lupe) on his team, and
/// another supervisor (Dana) who supervises nobody here. The test clock stands at 2 March 2026.
/// </summary>
public sealed record GrowthSetup(
    TestCoalition Coalition, Guid Org, TestUser Admin, TestUser Supervisor, Guid SupervisorStaff, TestUser Worker, Guid WorkerStaff,
    TestUser OtherSupervisor, Guid OtherSupervisorStaff, IReadOnlyList<Guid> Framework)
{
    public static async Task<GrowthSetup> CreateAsync(AppFactory app)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var framework = await coalition.DbAsync(async db =>
        {
            var competencies = TrainingDefaults.NewFramework();
            db.AddRange(competencies);
            await db.SaveChangesAsync();
            return competencies.Select(c => c.Id).ToList();
        });
        var org = await coalition.AddOrganizationAsync();
        var admin = await coalition.AdminAsync();
        var supervisor = await coalition.UserAsync(CoalitionRole.Supervisor, "Marcus Bell");
        var worker = await coalition.UserAsync(CoalitionRole.Worker, "Lupe Herrera");
        var other = await coalition.UserAsync(CoalitionRole.Supervisor, "Dana Cole");
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisor.Id; s.JobFamily = Bridgework.Web.Features.People.JobFamily.Supervisor; });
        var lupe = await coalition.AddStaffAsync(org, "Lupe", "Herrera", s => { s.UserId = worker.Id; s.SupervisorId = marcus; });
        var dana = await coalition.AddStaffAsync(org, "Dana", "Cole", s => { s.UserId = other.Id; s.JobFamily = Bridgework.Web.Features.People.JobFamily.Supervisor; });
        return new GrowthSetup(coalition, org, admin, supervisor, marcus, worker, lupe, other, dana, framework);
    }

    /// <summary>Another worker of Marcus's with an account, named <paramref name="first"/> Worker.</summary>
    public async Task<(TestUser User, Guid Staff)> AddWorkerAsync(string first)
    {
        var user = await Coalition.UserAsync(CoalitionRole.Worker, first + " Worker");
        var staff = await Coalition.AddStaffAsync(Org, first, "Worker", s => { s.UserId = user.Id; s.SupervisorId = SupervisorStaff; });
        return (user, staff);
    }

    /// <summary>A coalition admin of a brand-new coalition.</summary>
    public static async Task<HttpClient> IntruderAsync(AppFactory app) => await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

    /// <summary>The page's visible text with tags removed and spaces collapsed, for checking rows of figures.</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " "));
}
