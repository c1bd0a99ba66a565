using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Training;

public sealed class TrainingFactsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Other_modules_read_a_workers_credentials_and_completed_courses_inside_their_coalition_only()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var requirements = await coalition.AddRequirementsAsync();
        var org = await coalition.AddOrganizationAsync();
        var lupe = await coalition.AddStaffAsync(org, "Lupe", "Herrera");
        await coalition.AddCredentialAsync(lupe, CredentialType.MentalHealthFirstAid, new DateOnly(2024, 1, 7), new DateOnly(2027, 1, 7));
        await coalition.AddHoursAsync(lupe, requirements[CredentialType.CommunityHealthWorkerCertificate], new DateOnly(2026, 1, 31), 2.5m, "Harm Reduction Basics");
        var other = await TestCoalition.CreateAsync(app);

        var (credentials, courses) = await app.InScopeAsync(async sp =>
        {
            var facts = new TrainingFacts(sp.GetRequiredService<AppDbContext>());
            return (await facts.CredentialsAsync(lupe, default), await facts.CompletedCoursesAsync(lupe, 10, default));
        }, coalition.Id);
        var seenByOther = await app.InScopeAsync(
            sp => new TrainingFacts(sp.GetRequiredService<AppDbContext>()).CredentialsAsync(lupe, default), other.Id);

        Assert.Equal([new CredentialFact("Mental Health First Aid", new DateOnly(2024, 1, 7), new DateOnly(2027, 1, 7))], credentials);
        Assert.Equal([new CompletedCourseFact("Harm Reduction Basics", new DateOnly(2026, 1, 31), 2.5m)], courses);
        Assert.Empty(seenByOther);
    }
}
