using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Features.Training;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Growth;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Careers;

/// <summary>
/// Competency requirements of a level read against the supervisor's latest ratings in Training, in the one
/// checklist that My path and promotion reviews share; and the level form's competency picker.
/// </summary>
public sealed partial class CompetencyChecklistTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Setup(TestCoalition Coalition, Guid Draft, Guid Level1, Guid Level2, TestUser Worker, Guid Ana, TestUser Supervisor, TestUser Admin);

    /// <summary>
    /// The C3 framework; a CHW ladder whose level II asks for communication proficient, advocacy advanced,
    /// outreach proficient and one free-text line from before the picker; Ana (hired 2023, a CHW certificate)
    /// on level I, on Marcus's team. Marcus rated her communication advanced, and her advocacy advanced and then
    /// proficient; her own rating of advocacy at mentor does not count. Nobody rated her outreach.
    /// </summary>
    private async Task<Setup> SetUpAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var framework = await coalition.DbAsync(async db =>
        {
            var competencies = TrainingDefaults.NewFramework();
            db.AddRange(competencies);
            await db.SaveChangesAsync();
            return competencies.ToDictionary(c => c.Name, c => c.Id);
        });
        var (_, one, two) = await coalition.AddLadderAsync();
        var (draft, _, _) = await coalition.AddLadderAsync(LadderStatus.Draft, number: 2);
        await coalition.DbAsync(async db =>
        {
            var level = await db.Set<LadderLevel>().SingleAsync(l => l.Id == two);
            level.Competencies = "Communication: proficient\nAdvocacy: advanced\nOutreach: proficient\nCare coordination: proficient";
            return await db.SaveChangesAsync();
        });
        var org = await coalition.AddOrganizationAsync();
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor, "Marcus Bell");
        var workerUser = await coalition.UserAsync(CoalitionRole.Worker, "Ana Ruiz");
        var marcus = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => { s.UserId = supervisorUser.Id; s.JobFamily = Bridgework.Web.Features.People.JobFamily.Supervisor; });
        var ana = await coalition.AddStaffAsync(org, "Ana", "Ruiz", s => { s.UserId = workerUser.Id; s.HireDate = new DateOnly(2023, 1, 9); });
        await coalition.AddTeamAsync("Central team", marcus, ana);
        await coalition.PlaceAsync(ana, one, 24.04m, new DateOnly(2024, 1, 8), step: 4);
        await coalition.AddCredentialAsync(ana, CredentialType.CommunityHealthWorkerCertificate, new DateOnly(2024, 5, 1));
        await coalition.DbAsync(async db =>
        {
            var at = new DateTime(2026, 1, 10, 17, 0, 0, DateTimeKind.Utc);
            CompetencyAssessment Rated(string name, Proficiency level, int daysLater, AssessedBy by = AssessedBy.Supervisor) => new()
            {
                StaffMemberId = ana, CompetencyId = framework[name], By = by, Level = level,
                AssessedOn = DateOnly.FromDateTime(at.AddDays(daysLater)), AssessorUserId = supervisorUser.Id, RecordedAt = at.AddDays(daysLater),
            };
            db.AddRange(
                Rated("Communication", Proficiency.Advanced, 0),
                Rated("Advocacy", Proficiency.Advanced, 0),
                Rated("Advocacy", Proficiency.Proficient, 20),
                Rated("Advocacy", Proficiency.Mentor, 30, AssessedBy.Self));
            return await db.SaveChangesAsync();
        });
        return new Setup(coalition, draft, one, two, workerUser, ana, supervisorUser, await coalition.AdminAsync());
    }

    [Fact]
    public async Task A_competency_is_met_at_or_above_the_level_missing_below_it_or_unrated_and_a_free_text_line_is_to_be_confirmed()
    {
        var s = await SetUpAsync();
        var worker = await s.Worker.SignInAsync();

        var path = await worker.TextAsync("/Careers/MyPath");

        Assert.Matches("class=\"check-met\">\\s*<strong>Competency:</strong> Communication: proficient\\s*<span class=\"row-detail\">\\s*Met\\s*· rated advanced", path);
        Assert.Matches("class=\"check-missing\">\\s*<strong>Competency:</strong> Advocacy: advanced\\s*<span class=\"row-detail\">\\s*Not yet\\s*· rated proficient", path);
        Assert.Matches("class=\"check-missing\">\\s*<strong>Competency:</strong> Outreach: proficient\\s*<span class=\"row-detail\">\\s*Not yet\\s*· not rated by the supervisor yet", path);
        Assert.Matches("class=\"check-unknown\">\\s*<strong>Competency:</strong> Care coordination: proficient", path);
        Assert.Matches("class=\"check-met\">\\s*<strong>Credential:</strong> California CHW certificate", path);
    }

    [Fact]
    public async Task My_path_and_the_promotion_review_show_the_same_checklist()
    {
        var s = await SetUpAsync();
        var worker = await s.Worker.SignInAsync();
        var supervisor = await s.Supervisor.SignInAsync();

        var path = Items(await worker.TextAsync("/Careers/MyPath"));
        var start = Items(await supervisor.TextAsync($"/Careers/Promotions/Start/{s.Ana}"));

        Assert.Equal(7, path.Count);
        Assert.Equal(path, start);
        Assert.Equal(2, path.Count(i => i.State == "check-missing"));
    }

    [Fact]
    public async Task Spanish_readers_see_the_levels_of_the_scale_in_Spanish()
    {
        var s = await SetUpAsync();
        var worker = await s.Worker.SignInAsync();
        await worker.PostFormAsync("/Language", new() { ["culture"] = "es-US", ["returnUrl"] = "/Careers/MyPath" }, "/Careers/MyPath");

        var path = await worker.TextAsync("/Careers/MyPath");

        Assert.Contains("Communication: competente", path);
        Assert.Contains("valoración: avanzado", path);
    }

    [Fact]
    public async Task The_level_form_takes_competencies_from_the_framework_with_a_level_and_keeps_what_was_typed_when_one_is_wrong()
    {
        var s = await SetUpAsync();
        var admin = await s.Admin.SignInAsync();
        var level = await s.Coalition.DbAsync(db => db.Set<LadderLevel>().SingleAsync(l => l.LadderId == s.Draft && l.Rank == 2));
        var url = $"/Careers/Level/{level.Id}/Edit";
        Dictionary<string, string> Form(params (string Name, string Level)[] rows)
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Rank"] = "2", ["Input.Title"] = "Community Health Worker II", ["Input.MonthsOfExperience"] = "24",
                ["Input.MinHourly"] = "25.00", ["Input.MidHourly"] = "28.75", ["Input.MaxHourly"] = "32.50", ["Input.Steps"] = "0", ["Input.StepPercent"] = "0",
                ["Input.Version"] = level.Version.ToString(),
            };
            for (var i = 0; i < rows.Length; i++)
            {
                fields[$"Input.CompetencyRows[{i}].Name"] = rows[i].Name;
                fields[$"Input.CompetencyRows[{i}].Level"] = rows[i].Level;
            }

            return fields;
        }

        var form = await admin.TextAsync(url);
        var wrong = await admin.PostFormAsync(url, Form(("Communication", "advanced"), ("Teaching", "proficient"), ("Outreach", ""), ("", "")));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        var added = await admin.PostFormAsync(url + "?handler=AddCompetency", Form(("Communication", "advanced"), ("", "")));
        var removed = await admin.PostFormAsync(url + "?handler=RemoveCompetency", new(Form(("Communication", "advanced"), ("Outreach", "proficient"))) { ["row"] = "0" });
        var saved = await admin.PostFormAsync(url, Form(("Communication", "advanced"), ("Care coordination", "proficient"), ("Outreach", "mentor"), ("", "")));
        var stored = await s.Coalition.DbAsync(db => db.Set<LadderLevel>().Where(l => l.Id == level.Id).Select(l => l.Competencies).SingleAsync());

        Assert.Contains("<option value=\"Service coordination and navigation\">", form);
        Assert.Contains("<option value=\"Care coordination\" selected=\"selected\">Care coordination (not in the framework)</option>", form);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Choose a competency from the coalition’s framework.", wrongHtml);
        Assert.Contains("Choose the level this competency must reach.", wrongHtml);
        Assert.Contains("<option value=\"advanced\" selected=\"selected\">", wrongHtml);
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Equal(3, Regex.Count(addedHtml, "name=\"Input.CompetencyRows\\[\\d+\\].Name\""));
        Assert.Matches($"<form method=\"post\" action=\"{url}\" novalidate>(?:(?!</form>).)*name=\"__RequestVerificationToken\"", addedHtml.Replace("\n", " ", StringComparison.Ordinal));
        var afterRemove = await removed.Content.ReadAsStringAsync();
        Assert.Matches("name=\"Input.CompetencyRows\\[0\\].Name\">(?:(?!</select>).)*<option value=\"Outreach\" selected=\"selected\">", afterRemove.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Communication: advanced\nCare coordination: proficient\nOutreach: mentor", stored);
    }

    private static List<(string State, string Text)> Items(string html) => ItemPattern().Matches(html)
        .Select(m => (m.Groups[1].Value, Regex.Replace(m.Groups[2].Value, "\\s+", " ").Trim()))
        .ToList();

    [GeneratedRegex("<li class=\"(check-[a-z]+)\">(.*?)<span class=\"row-detail\">", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();
}
