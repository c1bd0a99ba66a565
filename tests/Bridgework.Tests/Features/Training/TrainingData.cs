using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;

namespace Bridgework.Tests.Features.Training;

/// <summary>Builds training rows straight into a test's own coalition.</summary>
public static class TrainingData
{
    /// <summary>The seeded default requirements; returns their ids by credential type.</summary>
    public static Task<Dictionary<CredentialType, Guid>> AddRequirementsAsync(this TestCoalition coalition) =>
        coalition.DbAsync(async db =>
        {
            var requirements = TrainingDefaults.NewRequirements();
            db.AddRange(requirements);
            await db.SaveChangesAsync();
            return requirements.ToDictionary(r => r.AppliesTo, r => r.Id);
        });

    public static Task<Guid> AddCredentialAsync(this TestCoalition coalition, Guid staffId, CredentialType type, DateOnly issued, DateOnly? expires = null) =>
        coalition.DbAsync(async db =>
        {
            var credential = new Credential { StaffMemberId = staffId, Type = type, Name = type.Label(), IssuedOn = issued, ExpiresOn = expires };
            db.Add(credential);
            await db.SaveChangesAsync();
            return credential.Id;
        });

    public static Task<Guid> AddHoursAsync(this TestCoalition coalition, Guid staffId, Guid requirementId, DateOnly on, decimal hours, string title = "Harm Reduction Basics", bool ethics = false) =>
        coalition.DbAsync(async db =>
        {
            var record = new CompletionRecord { StaffMemberId = staffId, RequirementId = requirementId, CompletedOn = on, Hours = hours, Title = title, IsLawAndEthics = ethics };
            db.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });
}
