using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;

namespace Bridgework.Tests.Features.People;

/// <summary>Organizations, sites, staff and teams written straight to a test coalition's database.</summary>
public static partial class OrganizationsTestData
{
    public static Task<Guid> OrganizationAsync(
        this TestCoalition coalition, string name, OrganizationKind kind = OrganizationKind.CommunityBasedOrganization, string? city = null, bool archived = false) =>
        coalition.DbAsync(async db =>
        {
            var organization = new Organization { Name = name, Kind = kind, City = city, IsArchived = archived };
            db.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    public static Task<Guid> SiteAsync(this TestCoalition coalition, Guid organizationId, string name) =>
        coalition.DbAsync(async db =>
        {
            var site = new Site { Name = name, OrganizationId = organizationId, City = "Fresno" };
            db.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });

    public static Task<Guid> StaffAsync(
        this TestCoalition coalition, Guid organizationId, string first, string last,
        JobFamily family = JobFamily.CommunityHealthWorker, EmploymentStatus status = EmploymentStatus.Active, Guid? userId = null) =>
        coalition.DbAsync(async db =>
        {
            var person = new StaffMember
            {
                LegalFirstName = first,
                LegalLastName = last,
                JobFamily = family,
                JobTitle = family == JobFamily.Supervisor ? "CHW Program Supervisor" : "Community Health Worker I",
                OrganizationId = organizationId,
                Status = status,
                UserId = userId,
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task<Guid> TeamAsync(this TestCoalition coalition, string name, Guid? organizationId, Guid? supervisorId, params Guid[] members) =>
        coalition.DbAsync(async db =>
        {
            var team = new Team { Name = name, OrganizationId = organizationId, SupervisorId = supervisorId };
            team.Members.AddRange(members.Select(m => new TeamMember { TeamId = team.Id, StaffMemberId = m }));
            db.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });

    /// <summary>
    /// A page or action the user's role does not allow: 403, which the sign-in cookie turns into a
    /// redirect to the friendly 403 page.
    /// </summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            Assert.StartsWith("/Errors/403", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    /// <summary>The concurrency version carried by an edit form.</summary>
    public static string FormVersion(string html)
    {
        var match = VersionPattern().Match(html);
        Assert.True(match.Success, "The form has no Input.Version field.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionPattern();
}
