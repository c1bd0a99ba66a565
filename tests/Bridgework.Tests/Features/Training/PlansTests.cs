using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Assignments;
using Bridgework.Web.Features.Training.Plans;
using Bridgework.Web.Platform.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Training;

public sealed class PlansTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The test clock stands at 2 March 2026.
    private static Dictionary<string, string> PlanForm(string name, JobFamily family, params (Guid? Course, string Days)[] rows)
    {
        var form = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.JobFamily"] = family.ToString() };
        for (var i = 0; i < rows.Length; i++)
        {
            form[$"Input.Rows[{i}].CourseId"] = rows[i].Course?.ToString() ?? "";
            form[$"Input.Rows[{i}].DueAfterDays"] = rows[i].Days;
        }

        return form;
    }

    [Fact]
    public async Task A_plan_without_a_self_care_course_is_refused_with_the_reason_and_keeps_what_was_typed()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var admin = await (await t.Coalition.AdminAsync()).SignInAsync();

        var refused = await admin.PostFormAsync("/Training/Plans/New", PlanForm("CHW onboarding", JobFamily.CommunityHealthWorker, (t.Documentation, "30")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Add at least one self-care or vicarious-trauma course", html);
        Assert.Contains("value=\"CHW onboarding\"", html);
        Assert.False(await t.Coalition.DbAsync(db => db.Set<OnboardingPlan>().AnyAsync()));

        var saved = await admin.PostFormAsync("/Training/Plans/New", PlanForm("CHW onboarding", JobFamily.CommunityHealthWorker, (t.Documentation, "30"), (t.SelfCare, "14")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await admin.TextAsync("/Training/Plans");
        Assert.Contains("Vicarious Trauma and Resilience", list);
        Assert.Contains("due 14 days after the start", list);
    }

    [Fact]
    public async Task Editing_a_plan_cannot_take_out_its_last_self_care_course_and_supervisors_cannot_edit_plans()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var plan = await AddPlanAsync(t);
        var admin = await (await t.Coalition.AdminAsync()).SignInAsync();
        var version = await t.Coalition.DbAsync(db => db.Set<OnboardingPlan>().Where(p => p.Id == plan).Select(p => p.Version).FirstAsync());

        var form = PlanForm("CHW onboarding", JobFamily.CommunityHealthWorker, (t.Documentation, "30"), (null, ""));
        form["Input.Version"] = version.ToString();
        var refused = await admin.PostFormAsync($"/Training/Plans/Edit/{plan}", form);

        Assert.Contains("Add at least one self-care or vicarious-trauma course", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, await t.Coalition.DbAsync(db => db.Set<OnboardingPlanCourse>().CountAsync()));
        DirectoryTests.AssertForbidden(await (await t.Supervisor.SignInAsync()).GetAsync($"/Training/Plans/Edit/{plan}"));
    }

    [Fact]
    public async Task A_hire_gets_the_plan_of_their_job_family_once_even_when_both_events_arrive()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await AddPlanAsync(t);
        var hire = await t.Coalition.AddStaffAsync(t.Org, "Ana", "Ruiz", s => s.HireDate = new DateOnly(2026, 3, 16));

        await PublishAsync(t, new StaffMemberAdded(t.Coalition.Id, hire, nameof(JobFamily.CommunityHealthWorker), new DateOnly(2026, 3, 16)));
        await PublishAsync(t, new WorkerHired(t.Coalition.Id, hire, Guid.NewGuid(), nameof(JobFamily.CommunityHealthWorker), new DateOnly(2026, 3, 16)));
        await PublishAsync(t, new WorkerHired(t.Coalition.Id, hire, Guid.NewGuid(), nameof(JobFamily.CommunityHealthWorker), new DateOnly(2026, 3, 16)));

        var assigned = await t.Coalition.DbAsync(db => db.Set<TrainingAssignment>().Where(a => a.StaffMemberId == hire).OrderBy(a => a.DueOn).ToListAsync());
        Assert.Equal(2, assigned.Count);
        Assert.Equal((t.SelfCare, new DateOnly(2026, 3, 30)), (assigned[0].CourseId, assigned[0].DueOn));
        Assert.Equal((t.Documentation, new DateOnly(2026, 4, 15)), (assigned[1].CourseId, assigned[1].DueOn));
    }

    [Fact]
    public async Task A_hire_of_a_family_without_a_plan_gets_nothing_and_the_worker_sees_the_plan_on_my_training()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await AddPlanAsync(t);
        var peer = await t.Coalition.AddStaffAsync(t.Org, "Jo", "Park", s => s.JobFamily = JobFamily.PeerSupportSpecialist);
        await PublishAsync(t, new WorkerHired(t.Coalition.Id, peer, Guid.NewGuid(), nameof(JobFamily.PeerSupportSpecialist), new DateOnly(2026, 3, 16)));
        Assert.False(await t.Coalition.DbAsync(db => db.Set<TrainingAssignment>().AnyAsync(a => a.StaffMemberId == peer)));

        await PublishAsync(t, new StaffMemberAdded(t.Coalition.Id, t.WorkerStaff, nameof(JobFamily.CommunityHealthWorker), new DateOnly(2026, 2, 1)));
        var me = await (await t.Worker.SignInAsync()).TextAsync("/Training/Me");

        Assert.Contains("Assigned to me", me);
        Assert.Contains("Vicarious Trauma and Resilience", me);
        Assert.Contains("Overdue", me);
        Assert.True(me.IndexOf("assigned-Due", StringComparison.Ordinal) < me.IndexOf("assigned-Overdue", StringComparison.Ordinal));
        Assert.True(me.IndexOf("assigned-Overdue", StringComparison.Ordinal) < me.IndexOf("assigned-Done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_coalition_without_any_setup_gives_a_person_added_to_the_directory_the_default_plan_with_a_self_care_course()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.AddOrganizationAsync();
        var admin = await (await coalition.AdminAsync()).SignInAsync();

        var added = await admin.PostFormAsync("/People/Staff/New", new()
        {
            ["Input.LegalFirstName"] = "Rosa",
            ["Input.LegalLastName"] = "Nueva",
            ["Input.JobFamily"] = nameof(JobFamily.Promotora),
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.HireDate"] = "2026-03-02",
            ["Input.Status"] = "Active",
            ["Input.Fte"] = "1.0",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var assigned = await coalition.DbAsync(db => db.Set<TrainingAssignment>()
            .Join(db.Set<Course>(), a => a.CourseId, c => c.Id, (a, c) => new { c.Title, c.Kind, a.DueOn })
            .OrderBy(x => x.DueOn).ToListAsync());
        Assert.Contains(assigned, a => a.Kind == CourseKind.SelfCare && a.DueOn == new DateOnly(2026, 3, 16));
        Assert.True(assigned.Count >= 3);
        Assert.Equal(11, await coalition.DbAsync(db => db.Set<Competency>().CountAsync()));

        // Every job family of workers and supervisors has a plan now, each with a self-care course.
        var plans = GrowthSetup.Text(await admin.TextAsync("/Training/Plans"));
        Assert.Contains("Community health worker onboarding", plans);
        Assert.Contains("Peer support specialist onboarding", plans);
        Assert.Contains("Supervisor onboarding", plans);
        var families = await coalition.DbAsync(db => db.Set<OnboardingPlan>()
            .Select(p => new { p.JobFamily, SelfCare = p.Courses.Any(c => db.Set<Course>().Any(k => k.Id == c.CourseId && k.Kind == CourseKind.SelfCare)) })
            .ToListAsync());
        Assert.Equal(4, families.Count);
        Assert.All(families, f => Assert.True(f.SelfCare, f.JobFamily.ToString()));
    }

    [Fact]
    public async Task An_admin_of_a_coalition_without_plans_adds_the_defaults_from_the_empty_plans_page_once()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();

        var empty = await admin.TextAsync("/Training/Plans");
        Assert.Contains("Add the default plans", empty);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training/Plans?handler=Defaults", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training/Plans?handler=Defaults", [])).StatusCode);

        var page = await admin.TextAsync("/Training/Plans");
        Assert.DoesNotContain("Add the default plans", page);
        Assert.Contains("Self-Care Planning for Frontline Staff", page);
        Assert.Equal(4, await coalition.DbAsync(db => db.Set<OnboardingPlan>().CountAsync()));
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<Course>().CountAsync(c => c.Title == "Vicarious Trauma and Resilience")));
        Assert.Contains("6 hours every calendar year", GrowthSetup.Text(await admin.TextAsync("/Training/Requirements")));
    }

    [Fact]
    public async Task An_admin_of_a_new_coalition_adds_the_published_requirements_from_the_empty_requirements_page()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await (await coalition.AdminAsync()).SignInAsync();
        Assert.Contains("Add the published California requirements", await admin.TextAsync("/Training/Requirements"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training/Requirements?handler=Defaults", [])).StatusCode);

        var page = GrowthSetup.Text(await admin.TextAsync("/Training/Requirements"));
        Assert.Contains("Peer support specialist renewal", page);
        Assert.Equal(3, await coalition.DbAsync(db => db.Set<ContinuingEducationRequirement>().CountAsync()));
    }

    private Task PublishAsync<TEvent>(TrainingTeam t, TEvent e)
        where TEvent : IDomainEvent =>
        app.InScopeAsync(sp => sp.GetRequiredService<EventPublisher>().PublishAsync(e, CancellationToken.None), t.Coalition.Id);

    private static Task<Guid> AddPlanAsync(TrainingTeam t) => t.Coalition.DbAsync(async db =>
    {
        var plan = new OnboardingPlan
        {
            Name = "CHW onboarding",
            JobFamily = JobFamily.CommunityHealthWorker,
            Courses = [new OnboardingPlanCourse { CourseId = t.SelfCare, DueAfterDays = 14 }, new OnboardingPlanCourse { CourseId = t.Documentation, DueAfterDays = 30 }],
        };
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });
}
