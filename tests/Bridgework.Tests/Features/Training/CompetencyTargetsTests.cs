using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Training;

public sealed class CompetencyTargetsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Form(string name, string target, Guid version, string? description = null) => new()
    {
        ["Input.Name"] = name,
        ["Input.TargetLevel"] = target,
        ["Input.Description"] = description ?? "",
        ["Input.Version"] = version.ToString(),
    };

    private static Task<Guid> VersionAsync(GrowthSetup s, Guid id) =>
        s.Coalition.DbAsync(db => db.Set<Competency>().Where(c => c.Id == id).Select(c => c.Version).FirstAsync());

    [Fact]
    public async Task An_admin_raises_a_target_and_the_gap_view_measures_the_worker_against_it_with_an_audit_line()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var communication = s.Framework[0];
        var supervisor = await s.Supervisor.SignInAsync();
        await supervisor.PostFormAsync($"/Training/Growth/Rate/{s.WorkerStaff}", new() { [$"Levels[{communication}]"] = "Proficient" });
        Assert.Contains("Communication Not rated Proficient Proficient On target", GrowthSetup.Text(await supervisor.TextAsync($"/Training/Growth/Gap/{s.WorkerStaff}")));
        var admin = await s.Admin.SignInAsync();

        var list = GrowthSetup.Text(await admin.TextAsync("/Training/Competencies"));
        Assert.Contains("Communication", list);
        var saved = await admin.PostFormAsync($"/Training/Competencies/Edit/{communication}", Form("Communication", "Advanced", await VersionAsync(s, communication)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Communication Not rated Proficient Advanced Short", GrowthSetup.Text(await supervisor.TextAsync($"/Training/Growth/Gap/{s.WorkerStaff}")));
        Assert.Contains("Communication", GrowthSetup.Text(await admin.TextAsync("/Training/Competencies")));
        Assert.True(await s.Coalition.DbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == communication && a.Action == AuditAction.Updated)));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_what_the_other_person_saved_and_a_blank_name_is_refused_beside_the_field()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var advocacy = s.Framework[4];
        var admin = await s.Admin.SignInAsync();
        var stale = await VersionAsync(s, advocacy);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Training/Competencies/Edit/{advocacy}", Form("Advocacy", "Mentor", stale))).StatusCode);

        var conflict = await (await admin.PostFormAsync($"/Training/Competencies/Edit/{advocacy}", Form("Advocacy for clients", "Developing", stale))).Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this competency while you were editing", conflict);
        Assert.Contains("value=\"Advocacy for clients\"", conflict);
        Assert.Equal(Proficiency.Mentor, await s.Coalition.DbAsync(db => db.Set<Competency>().Where(c => c.Id == advocacy).Select(c => c.TargetLevel).FirstAsync()));

        var blank = await (await admin.PostFormAsync($"/Training/Competencies/Edit/{advocacy}", Form(" ", "Advanced", await VersionAsync(s, advocacy)))).Content.ReadAsStringAsync();
        Assert.Contains("Enter the competency’s name.", GrowthSetup.Text(blank));
    }

    [Fact]
    public async Task Supervisors_cannot_edit_targets_and_another_coalition_gets_not_found()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var supervisor = await s.Supervisor.SignInAsync();
        var intruder = await GrowthSetup.IntruderAsync(app);

        DirectoryTests.AssertForbidden(await supervisor.GetAsync($"/Training/Competencies/Edit/{s.Framework[0]}"));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Training/Competencies/Edit/{s.Framework[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/Training/Competencies/Edit/{s.Framework[0]}", Form("Mine now", "Mentor", Guid.Empty))).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_the_coalitions_own_competency_with_its_target()
    {
        var s = await GrowthSetup.CreateAsync(app);
        var admin = await s.Admin.SignInAsync();

        var added = await admin.PostFormAsync("/Training/Competencies/New", Form("Harm reduction practice", "Advanced", Guid.Empty));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Harm reduction practice Advanced Our own", GrowthSetup.Text(await admin.TextAsync("/Training/Competencies")));
    }
}
