using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class CoursesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<Guid> AddCourseAsync(TestCoalition coalition, string title, CourseKind kind = CourseKind.Skills, CourseFormat format = CourseFormat.InPerson) =>
        coalition.DbAsync(async db =>
        {
            var course = new Course { Title = title, Kind = kind, Format = format, Hours = 3m, Languages = "en,es", Provider = "Coalition training team" };
            db.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    private static Task<List<Guid>> AddFrameworkAsync(TestCoalition coalition) =>
        coalition.DbAsync(async db =>
        {
            var framework = TrainingDefaults.NewFramework();
            db.AddRange(framework);
            await db.SaveChangesAsync();
            return framework.Select(c => c.Id).ToList();
        });

    [Fact]
    public async Task A_coalition_admin_adds_a_course_that_counts_toward_a_requirement_and_builds_competencies()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var requirements = await coalition.AddRequirementsAsync();
        var framework = await AddFrameworkAsync(coalition);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var form = await client.TextAsync("/Training/Courses/New");
        var response = await client.PostFormAsync("/Training/Courses/New", new()
        {
            ["Input.Title"] = "Peer Support Law and Ethics",
            ["Input.Kind"] = "Compliance",
            ["Input.Format"] = "Virtual",
            ["Input.Hours"] = "6",
            ["Input.Languages"] = "en",
            ["Input.Provider"] = "CalMHSA-approved provider",
            ["Input.RequirementId"] = requirements[CredentialType.PeerSupportSpecialist].ToString(),
            ["Input.IsLawAndEthics"] = "true",
            ["Input.CompetencyIds"] = framework[8].ToString(),
        });

        Assert.Contains("Professional skills and conduct", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.TextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Peer Support Law and Ethics", page);
        Assert.Contains("Peer support specialist renewal", page);
        Assert.Contains("Law and ethics", page);
        Assert.Contains("Professional skills and conduct", page);
        var course = await coalition.DbAsync(db => db.Set<Course>().Include(c => c.Competencies).SingleAsync());
        Assert.Equal(6m, course.Hours);
        Assert.Single(course.Competencies);
        var audit = await coalition.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == course.Id));
        Assert.Equal(AuditAction.Created, audit.Action);
    }

    [Fact]
    public async Task A_course_needs_a_title_hours_and_a_language_and_keeps_what_was_typed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var response = await client.PostFormAsync("/Training/Courses/New", new()
        {
            ["Input.Title"] = "",
            ["Input.Hours"] = "0",
            ["Input.Provider"] = "Valley Training Collaborative",
            ["Input.GrantsCredential"] = "MentalHealthFirstAid",
        }, "/Training/Courses/New");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the course title.", html);
        Assert.Contains("Enter hours between 0.25 and 200.", html);
        Assert.Contains("Choose at least one language the course is taught in.", html);
        Assert.Contains("Enter how many years the credential lasts, from 1 to 10.", html);
        Assert.Contains("Valley Training Collaborative", html);
        Assert.False(await coalition.DbAsync(db => db.Set<Course>().AnyAsync()));
    }

    [Fact]
    public async Task An_edit_made_from_a_stale_copy_is_refused_and_shows_the_saved_values()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await AddCourseAsync(coalition, "Harm Reduction Basics");
        var client = await (await coalition.AdminAsync()).SignInAsync();
        var stale = await coalition.DbAsync(db => db.Set<Course>().Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        await coalition.DbAsync(async db =>
        {
            var course = await db.Set<Course>().SingleAsync(c => c.Id == id);
            course.Title = "Harm Reduction in Practice";
            return await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync($"/Training/Courses/Edit/{id}", new()
        {
            ["Input.Title"] = "Harm Reduction Basics, revised",
            ["Input.Kind"] = "Skills",
            ["Input.Format"] = "SelfPaced",
            ["Input.Hours"] = "2.5",
            ["Input.Languages"] = "es",
            ["Input.Version"] = stale.ToString(),
        }, $"/Training/Courses/Edit/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else saved changes to this course", html);
        Assert.Contains("Harm Reduction in Practice", html);
        Assert.Contains("Harm Reduction Basics, revised", html);
    }

    [Fact]
    public async Task The_catalog_filters_by_kind_and_text_and_workers_can_browse_but_not_edit()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await AddCourseAsync(coalition, "Vicarious Trauma and Resilience", CourseKind.SelfCare);
        var mi = await AddCourseAsync(coalition, "Motivational Interviewing Foundations");
        var worker = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var selfCare = await worker.TextAsync("/Training/Courses?kind=SelfCare");
        var search = await worker.TextAsync("/Training/Courses?q=motivational");
        var details = await worker.TextAsync($"/Training/Courses/{mi}");

        Assert.Contains("Vicarious Trauma and Resilience", selfCare);
        Assert.DoesNotContain("Motivational Interviewing", selfCare);
        Assert.Contains("Motivational Interviewing Foundations", search);
        Assert.DoesNotContain("Vicarious Trauma", search);
        Assert.DoesNotContain("Add a course", search);
        Assert.DoesNotContain("Edit course", details);
        DirectoryTests.AssertForbidden(await worker.GetAsync("/Training/Courses/New"));
        DirectoryTests.AssertForbidden(await worker.GetAsync($"/Training/Courses/Edit/{mi}"));
    }

    [Fact]
    public async Task Another_coalition_gets_404_for_a_course_and_does_not_see_it_listed()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var id = await AddCourseAsync(coalition, "Outreach to People Without Homes");
        var other = await TestCoalition.CreateAsync(app);
        var client = await (await other.AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Training/Courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Training/Courses/Edit/{id}")).StatusCode);
        Assert.DoesNotContain("Outreach to People Without Homes", await client.TextAsync("/Training/Courses"));
    }

    [Fact]
    public async Task The_catalog_reads_in_spanish()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        await AddCourseAsync(coalition, "Vicarious Trauma and Resilience", CourseKind.SelfCare, CourseFormat.SelfPaced);
        var client = await (await coalition.AdminAsync()).SignInAsync();
        await client.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Training/Courses" }, formPage: "/Training/Courses");

        var html = await client.TextAsync("/Training/Courses");

        Assert.Contains("Cursos", html);
        Assert.Contains("Autocuidado y trauma vicario", html);
        Assert.Contains("A su propio ritmo", html);
    }
}
