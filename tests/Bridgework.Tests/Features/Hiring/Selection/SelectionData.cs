using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

/// <summary>A coalition with one posting and candidates placed straight at a phase, and staff who can sign in.</summary>
public sealed class SelectionData
{
    private SelectionData(TestCoalition coalition, Guid organizationId, Guid postingId)
    {
        Coalition = coalition;
        OrganizationId = organizationId;
        PostingId = postingId;
    }

    public TestCoalition Coalition { get; }

    public Guid OrganizationId { get; }

    public Guid PostingId { get; }

    public static async Task<SelectionData> CreateAsync(AppFactory app)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var organization = await coalition.AddOrganizationAsync();
        var posting = await coalition.PostingAsync(organization);
        await coalition.DbAsync(async db => await PipelinePhase.EnsureAsync(db, CancellationToken.None));
        return new SelectionData(coalition, organization, posting.Id);
    }

    public Task<Guid> PhaseAsync(string name) =>
        Coalition.DbAsync(db => db.Set<PipelinePhase>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public async Task<Guid> CandidateAsync(string phase, string name = "Graciela Ortiz", string language = "en")
    {
        var phaseId = await PhaseAsync(phase);
        return await Coalition.DbAsync(async db =>
        {
            var application = new JobApplication
            {
                PostingId = PostingId,
                IdempotencyKey = Guid.NewGuid(),
                Name = name,
                Availability = "Weekdays",
                Language = language,
                StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
                PhaseId = phaseId,
            };
            db.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
    }

    /// <summary>A member of the coalition in <paramref name="role"/> with a staff record linked to their sign-in.</summary>
    public async Task<(TestUser User, Guid StaffId)> StaffUserAsync(CoalitionRole role, string first, string last, JobFamily family)
    {
        var user = await Coalition.UserAsync(role, $"{first} {last}");
        var staffId = await Coalition.AddStaffAsync(OrganizationId, first, last, s => (s.UserId, s.JobFamily) = (user.Id, family));
        return (user, staffId);
    }
}
