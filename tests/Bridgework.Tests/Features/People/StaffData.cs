using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;

namespace Bridgework.Tests.Features.People;

/// <summary>Builds organizations, sites, staff and teams straight into a test's own coalition.</summary>
public static class StaffData
{
    public static Task<Guid> AddOrganizationAsync(this TestCoalition coalition, string name = "Valley Community Health") =>
        coalition.DbAsync(async db =>
        {
            var organization = new Organization { Name = name, Kind = OrganizationKind.CommunityBasedOrganization };
            db.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    public static Task<Guid> AddSiteAsync(this TestCoalition coalition, Guid organizationId, string name) =>
        coalition.DbAsync(async db =>
        {
            var site = new Site { Name = name, OrganizationId = organizationId };
            db.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });

    /// <summary>A complete, active record unless <paramref name="configure"/> changes it.</summary>
    public static Task<Guid> AddStaffAsync(
        this TestCoalition coalition, Guid organizationId, string first, string last,
        Action<StaffMember>? configure = null, params (string Code, LanguageProficiency Level)[] languages) =>
        coalition.DbAsync(async db =>
        {
            var staff = new StaffMember
            {
                LegalFirstName = first,
                LegalLastName = last,
                OrganizationId = organizationId,
                JobFamily = JobFamily.CommunityHealthWorker,
                HireDate = new DateOnly(2023, 5, 1),
                Email = $"{first}.{last}.{Guid.NewGuid():N}@staff.example".ToLowerInvariant(),
                Phone = "(559) 555-0100",
            };
            foreach (var (code, level) in languages.Length == 0 ? [("en", LanguageProficiency.Native)] : languages)
            {
                staff.Languages.Add(new StaffLanguage { Language = code, Proficiency = level });
            }

            configure?.Invoke(staff);
            db.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });

    public static Task<Guid> AddTeamAsync(this TestCoalition coalition, string name, Guid? supervisorId, params Guid[] members) =>
        coalition.DbAsync(async db =>
        {
            var team = new Team { Name = name, SupervisorId = supervisorId };
            foreach (var member in members)
            {
                team.Members.Add(new TeamMember { StaffMemberId = member });
            }

            db.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
}
