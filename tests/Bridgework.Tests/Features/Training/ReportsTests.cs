using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Assignments;
using Bridgework.Web.Features.Training.Growth;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class ReportsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Data(GrowthSetup Setup, Guid Ana, Guid Bob);

    /// <summary>
    /// Marcus's team: Lupe (started 2023) and Ana (2024). Bob (2024) is on no team. In 2026 Lupe and Ana took
    /// the self-care course (3 hours), Ana and Bob HIPAA (2 hours); in 2025 Lupe had 2 hours of self-care.
    /// Bob's CHW certificate lapsed (short last year). Marcus rated communication: Lupe developing, Ana advanced.
    /// </summary>
    private async Task<Data> SeedAsync()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var c = s.Coalition;
        var requirements = await c.AddRequirementsAsync();
        var ana = await c.AddStaffAsync(s.Org, "Ana", "Ruiz", x => { x.SupervisorId = s.SupervisorStaff; x.HireDate = new DateOnly(2024, 2, 1); });
        var bob = await c.AddStaffAsync(s.Org, "Bob", "Tran", x => x.HireDate = new DateOnly(2024, 6, 1));
        await c.AddTeamAsync("Central Fresno ECM Care Team", s.SupervisorStaff, s.WorkerStaff, ana);
        await c.AddCredentialAsync(bob, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2022, 1, 10));
        await c.DbAsync(async db =>
        {
            var selfCare = new Course { Title = "Vicarious Trauma and Resilience", Kind = CourseKind.SelfCare, Hours = 3m };
            var hipaa = new Course { Title = "HIPAA and Confidentiality", Kind = CourseKind.Compliance, Hours = 2m };
            db.AddRange(selfCare, hipaa);
            CompletionRecord Done(Guid staff, Course course, DateOnly on, decimal? hours = null) =>
                new() { StaffMemberId = staff, CourseId = course.Id, Title = course.Title, CompletedOn = on, Hours = hours ?? course.Hours };
            db.AddRange(
                Done(s.WorkerStaff, selfCare, new DateOnly(2026, 1, 15)),
                Done(ana, selfCare, new DateOnly(2026, 1, 15)),
                Done(ana, hipaa, new DateOnly(2026, 2, 3)),
                Done(bob, hipaa, new DateOnly(2026, 2, 3)),
                Done(s.WorkerStaff, selfCare, new DateOnly(2025, 6, 1), 2m));
            var now = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
            db.AddRange(
                new CompetencyAssessment { StaffMemberId = s.WorkerStaff, CompetencyId = s.Framework[0], By = AssessedBy.Supervisor, Level = Proficiency.Proficient, AssessedOn = new DateOnly(2025, 6, 1), RecordedAt = now.AddYears(-1) },
                new CompetencyAssessment { StaffMemberId = s.WorkerStaff, CompetencyId = s.Framework[0], By = AssessedBy.Supervisor, Level = Proficiency.Developing, AssessedOn = new DateOnly(2026, 2, 1), RecordedAt = now },
                new CompetencyAssessment { StaffMemberId = ana, CompetencyId = s.Framework[0], By = AssessedBy.Supervisor, Level = Proficiency.Advanced, AssessedOn = new DateOnly(2026, 2, 1), RecordedAt = now },
                new CompetencyAssessment { StaffMemberId = ana, CompetencyId = s.Framework[0], By = AssessedBy.Self, Level = Proficiency.Mentor, AssessedOn = new DateOnly(2026, 2, 1), RecordedAt = now });
            return await db.SaveChangesAsync();
        });
        _ = requirements;
        return new Data(s, ana, bob);
    }

    [Fact]
    public async Task The_admin_report_counts_completions_by_course_cohort_and_team_with_compliance_heatmap_and_self_care_hours()
    {
        var d = await SeedAsync();
        var admin = await d.Setup.Admin.SignInAsync();

        var page = GrowthSetup.Text(await admin.TextAsync("/Training/Reports?year=2026"));

        // Course: people, completions, hours.
        Assert.Contains("Vicarious Trauma and Resilience 2 2 6", page);
        Assert.Contains("HIPAA and Confidentiality 2 2 4", page);
        // Cohort: workers, with training, completions, hours, at risk, lapsed. 2023: Marcus, Lupe and Dana.
        Assert.Contains("2023 3 1 1 3 0 0", page);
        Assert.Contains("2024 2 2 3 7 0 1", page);
        Assert.Contains("Central Fresno ECM Care Team 2 2 3 8 0 0", page);
        Assert.Contains("No team 3 1 1 2 0 1", page);
        Assert.Contains("Lapsed: 1", page);
        // Communication: the latest supervisor rating of each (0 and 2) averages 1.0 over 2 people.
        Assert.True(page.Contains("Communication 1.0 (2)", StringComparison.Ordinal), page[page.IndexOf("Competencies by team", StringComparison.Ordinal)..][..600]);
        Assert.Contains("Lupe Herrera 3 2", page);
        Assert.Contains("Bob Tran 0 0", page);

        var csv = await admin.GetAsync("/Training/Reports?handler=Download&format=csv&year=2026&table=selfcare");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Lupe Herrera,3,2", text);
        var xlsx = await admin.GetAsync("/Training/Reports?handler=Download&format=xlsx&year=2026");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_supervisor_sees_only_their_team_and_workers_and_other_coalitions_see_none_of_it()
    {
        var d = await SeedAsync();
        var supervisor = await d.Setup.Supervisor.SignInAsync();
        var worker = await d.Setup.Worker.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        var page = GrowthSetup.Text(await supervisor.TextAsync("/Training/Reports?year=2026"));
        var theirs = GrowthSetup.Text(await intruder.TextAsync("/Training/Reports?year=2026"));

        Assert.Contains("HIPAA and Confidentiality 1 1 2", page);
        Assert.DoesNotContain("Bob Tran", page);
        Assert.DoesNotContain("Lupe Herrera", theirs);
        Assert.DoesNotContain("Vicarious Trauma", theirs);
        DirectoryTests.AssertForbidden(await worker.GetAsync("/Training/Reports"));
    }

    /// <summary>
    /// On top of <see cref="SeedAsync"/> (the clock stands at 2 March 2026): Lupe's self-care (due 20 January) is
    /// done, her HIPAA (due 1 February) is not; Ana's HIPAA (due 15 February) is done; Bob took HIPAA on 3 February,
    /// before it was assigned to him on 10 February, so it is overdue; his self-care is due 30 April; Ana's
    /// self-care fell due in 2025 and is left out of 2026.
    /// </summary>
    [Fact]
    public async Task Assignments_count_as_done_and_overdue_by_course_and_by_cohort_and_team_in_the_report_and_its_download()
    {
        var d = await SeedAsync();
        var c = d.Setup.Coalition;
        await c.DbAsync(async db =>
        {
            var courses = await db.Set<Course>().ToDictionaryAsync(k => k.Title, k => k.Id);
            var (selfCare, hipaa) = (courses["Vicarious Trauma and Resilience"], courses["HIPAA and Confidentiality"]);
            TrainingAssignment Assign(Guid staff, Guid course, DateOnly on, DateOnly due) => new() { StaffMemberId = staff, CourseId = course, AssignedOn = on, DueOn = due };
            db.AddRange(
                Assign(d.Setup.WorkerStaff, selfCare, new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 20)),
                Assign(d.Setup.WorkerStaff, hipaa, new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 1)),
                Assign(d.Ana, hipaa, new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 15)),
                Assign(d.Bob, hipaa, new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 20)),
                Assign(d.Bob, selfCare, new DateOnly(2026, 2, 10), new DateOnly(2026, 4, 30)),
                Assign(d.Ana, selfCare, new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 1)));
            return await db.SaveChangesAsync();
        });
        var admin = await d.Setup.Admin.SignInAsync();

        var page = GrowthSetup.Text(await admin.TextAsync("/Training/Reports?year=2026"));

        // Course: assigned, done, overdue, completion.
        Assert.Contains("HIPAA and Confidentiality 3 1 2 33%", page);
        Assert.Contains("Vicarious Trauma and Resilience 2 1 0 50%", page);
        // Groups end with assigned, done and overdue assignments.
        Assert.Contains("2023 3 1 1 3 0 0 2 1 1", page);
        Assert.Contains("2024 2 2 3 7 0 1 3 1 1", page);
        Assert.Contains("Central Fresno ECM Care Team 2 2 3 8 0 0 3 2 1", page);
        Assert.Contains("No team 3 1 1 2 0 1 2 0 1", page);

        var csv = await (await admin.GetAsync("/Training/Reports?handler=Download&format=csv&year=2026&table=assignments")).Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFCourse,Assigned,Done,Overdue,Completion %", csv);
        Assert.Contains("HIPAA and Confidentiality,3,1,2,33", csv);
        var marcus = await d.Setup.Supervisor.SignInAsync();
        Assert.Contains("HIPAA and Confidentiality 2 1 1 50%", GrowthSetup.Text(await marcus.TextAsync("/Training/Reports?year=2026")));
        Assert.Contains("1 Your people’s training past its due date", GrowthSetup.Text(await marcus.TextAsync("/")));
        Assert.Contains("2 Assigned training past its due date", GrowthSetup.Text(await admin.TextAsync("/")));
    }
}
