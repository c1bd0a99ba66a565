using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Offers;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Offers;

public sealed class OfferWorkflowTests(OffersTestApp app) : IClassFixture<OffersTestApp>
{
    [Fact]
    public async Task The_background_check_can_be_recorded_only_once_a_conditional_offer_is_made()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Keisha Monroe", "keisha@example.org");

        var before = await s.Admin.TextAsync($"/Hiring/Pipeline/Candidate/{id}");
        var made = await s.MakeOfferAsync(id);
        var after = await s.Admin.TextAsync($"/Hiring/Pipeline/Candidate/{id}");

        Assert.Contains("Make a conditional offer", before);
        Assert.DoesNotContain("Record the background check", before);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Contains("Record the background check", after);
        Assert.Contains("Conditional offer made", after);
        Assert.Equal("Conditional offer", await s.Coalition.DbAsync(db =>
            db.Set<JobApplication>().Where(a => a.Id == id).Select(a => db.Set<PipelinePhase>().First(p => p.Id == a.PhaseId).Name).SingleAsync()));
        Assert.Contains("A conditional job offer", app.LastMailTo("keisha@example.org").Subject);
    }

    [Fact]
    public async Task An_offer_form_sent_with_mistakes_comes_back_with_messages_and_what_was_typed()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Bao Vang", "bao@example.org");

        var response = await s.Admin.PostFormAsync($"/Hiring/Offers/Make/{id}", new()
        {
            ["Input.Position"] = "Community health worker",
            ["Input.StartDate"] = "2020-01-01",
            ["Input.HourlyPay"] = "",
            ["Input.OfferText"] = "Welcome aboard",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The start date can’t be in the past.", Accounts.MessageBeside(html, "Input.StartDate"));
        Assert.Equal("Enter the hourly pay.", Accounts.MessageBeside(html, "Input.HourlyPay"));
        Assert.Contains("Welcome aboard", html);
        Assert.False(await s.Coalition.DbAsync(db => db.Set<Offer>().AnyAsync()));
    }

    [Fact]
    public async Task Withdrawing_before_the_response_window_ends_is_refused_and_allowed_once_it_is_over()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Rochelle Adams", "rochelle@example.org");
        var offer = await s.AssessedOfferAsync(id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8));

        var notice = await s.SendNoticeAsync(offer, today.ToString("yyyy-MM-dd"));
        var due = await s.Coalition.DbAsync(db => db.Set<Offer>().Where(o => o.Id == offer).Select(o => o.ResponseDueOn).SingleAsync());
        var early = await s.DecideAsync(offer, "Withdraw");
        var html = await early.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Equal(BusinessDays.After(today, 5, new HashSet<DateOnly>()), due);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("The offer can’t be withdrawn yet: the candidate has until the end of", Accounts.MessageBeside(html, "Decision"));
        Assert.Null(await s.Coalition.DbAsync(db => db.Set<Offer>().Where(o => o.Id == offer).Select(o => o.Decision).SingleAsync()));
        Assert.Contains("a notice that needs your answer", app.LastMailTo("rochelle@example.org").Subject);

        // The last day of the window is still the candidate's; the day after, the adverse decision may be written.
        app.Clock.Advance(TimeSpan.FromDays(due!.Value.DayNumber - today.DayNumber));
        await s.SignInAgainAsync();
        var onLastDay = await s.DecideAsync(offer, "Withdraw");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await s.SignInAgainAsync();
        var after = await s.DecideAsync(offer, "Withdraw");

        Assert.Equal(HttpStatusCode.OK, onLastDay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(FinalDecision.Withdraw, await s.Coalition.DbAsync(db => db.Set<Offer>().Where(o => o.Id == offer).Select(o => o.Decision).SingleAsync()));
        Assert.Equal(PhaseKind.NotSelected, await s.Coalition.DbAsync(db =>
            db.Set<JobApplication>().Where(a => a.Id == id).Select(a => db.Set<PipelinePhase>().First(p => p.Id == a.PhaseId).Kind).SingleAsync()));
        Assert.Contains("A decision about your conditional offer", app.LastMailTo("rochelle@example.org").Subject);
        var timeline = await s.Admin.TextAsync($"/Hiring/Pipeline/Candidate/{id}");
        Assert.Contains("Preliminary notice sent", timeline);
        Assert.Contains("Final decision: offer withdrawn", timeline);
    }

    [Fact]
    public async Task A_notice_recorded_as_sent_weeks_ago_still_gives_the_whole_window_from_today()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Rafael Domínguez", "rafael@example.org");
        var offer = await s.AssessedOfferAsync(id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8));

        await s.SendNoticeAsync(offer, today.AddDays(-21).ToString("yyyy-MM-dd"));
        var withdraw = await s.DecideAsync(offer, "Withdraw");

        Assert.Equal(BusinessDays.After(today, 5, new HashSet<DateOnly>()),
            await s.Coalition.DbAsync(db => db.Set<Offer>().Where(o => o.Id == offer).Select(o => o.ResponseDueOn).SingleAsync()));
        Assert.Contains("The offer can’t be withdrawn yet", Accounts.MessageBeside(await withdraw.Content.ReadAsStringAsync(), "Decision"));
    }

    [Fact]
    public async Task An_offer_cannot_be_withdrawn_without_a_preliminary_notice()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Khanh Pham", "khanh@example.org");
        var offer = await s.AssessedOfferAsync(id);

        var response = await s.DecideAsync(offer, "Withdraw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("send the candidate a written preliminary notice", Accounts.MessageBeside(await response.Content.ReadAsStringAsync(), "Decision"));
        Assert.Null(await s.Coalition.DbAsync(db => db.Set<Offer>().Where(o => o.Id == offer).Select(o => o.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Going_ahead_inside_the_response_window_is_allowed_and_opens_the_hire()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Daniel Fuentes", "daniel@example.org");
        var offer = await s.AssessedOfferAsync(id);
        await s.SendNoticeAsync(offer, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8)).ToString("yyyy-MM-dd"));
        await s.StepAsync("Response", offer, new() { ["CandidateResponse"] = "Letters of reference attached.", ["ReceivedOn"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8)).ToString("yyyy-MM-dd") });

        var decided = await s.DecideAsync(offer, "Proceed");
        var page = await s.Admin.TextAsync($"/Hiring/Pipeline/Candidate/{id}");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("Final decision: go ahead with the hire", page);
        Assert.Contains("Candidate’s response recorded", page);
        Assert.Contains($"/Hiring/Offers/Hire/{offer}", page);
    }

    [Fact]
    public async Task Hiring_makes_one_staff_record_moves_the_candidate_and_raises_WorkerHired_once()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Graciela Ortiz", "graciela.hire@example.org");
        await s.MakeOfferAsync(id);
        var offer = await s.OfferIdAsync(id);
        var notReady = await s.Admin.GetAsync($"/Hiring/Offers/Hire/{offer}");
        await s.StepAsync("Accept", offer, new() { ["AcceptedOn"] = "2026-03-02" });
        await s.StepAsync("Check", offer, new() { ["Result"] = "Clear", ["ReceivedOn"] = "2026-03-02" });
        var hirePage = await s.Admin.TextAsync($"/Hiring/Offers/Hire/{offer}");
        var version = Accounts.InputValue(hirePage, "Version");

        var first = await s.HireAsync(offer);
        var again = await s.Admin.PostFormAsync($"/Hiring/Offers/Hire/{offer}", new()
        {
            ["Version"] = version,
            ["Input.LegalFirstName"] = "Graciela",
            ["Input.LegalLastName"] = "Ortiz",
            ["Input.HireDate"] = "2026-04-01",
            ["Input.JobFamily"] = "CommunityHealthWorker",
            ["Input.OrganizationId"] = s.Organization.ToString(),
        }, formPage: $"/Hiring/Pipeline/Candidate/{id}");

        Assert.Equal(HttpStatusCode.Redirect, notReady.StatusCode);
        Assert.Contains("Graciela", hirePage);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var staff = await s.Coalition.DbAsync(db => db.Set<StaffMember>().Where(m => m.LegalLastName == "Ortiz").ToListAsync());
        var member = Assert.Single(staff);
        Assert.Equal(new DateOnly(2026, 4, 1), member.HireDate);
        Assert.Equal("graciela.hire@example.org", member.Email);
        Assert.Equal($"/People/Staff/{member.Id}", first.Headers.Location!.OriginalString);
        Assert.Equal($"/People/Staff/{member.Id}", again.Headers.Location!.OriginalString);
        var hired = Assert.Single(app.Hired, e => e.ApplicationId == id);
        Assert.Equal(member.Id, hired.StaffMemberId);
        Assert.Equal(s.Coalition.Id, hired.CoalitionId);
        Assert.Equal(PhaseKind.Hired, await s.Coalition.DbAsync(db =>
            db.Set<JobApplication>().Where(a => a.Id == id).Select(a => db.Set<PipelinePhase>().First(p => p.Id == a.PhaseId).Kind).SingleAsync()));
        Assert.Contains("Ortiz", await s.Admin.TextAsync("/People?q=Ortiz"));
        Assert.Contains("Welcome to the team", app.LastMailTo("graciela.hire@example.org").Subject);
    }

    [Fact]
    public async Task A_Spanish_applicant_gets_every_mail_in_Spanish()
    {
        var s = await OfferScenario.CreateAsync(app);
        var hired = await s.ApplyAsync("Tomás Reyes", "tomas.es@example.org", "es-MX");
        var withdrawn = await s.ApplyAsync("Mayra Gutiérrez", "mayra.es@example.org", "es-MX");
        var notSelected = await s.ApplyAsync("Luis Cárdenas", "luis.es@example.org", "es-MX");
        var phase = await s.Coalition.DbAsync(db => db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.NotSelected).Select(p => p.Id).SingleAsync());

        await s.MakeOfferAsync(hired);
        var offerMail = app.LastMailTo("tomas.es@example.org");
        var offer = await s.OfferIdAsync(hired);
        await s.StepAsync("Accept", offer, new() { ["AcceptedOn"] = "2026-03-02" });
        await s.StepAsync("Check", offer, new() { ["Result"] = "Clear", ["ReceivedOn"] = "2026-03-02" });
        await s.HireAsync(offer, "Tomás", "Reyes");
        var welcome = app.LastMailTo("tomas.es@example.org");
        var assessed = await s.AssessedOfferAsync(withdrawn);
        await s.SendNoticeAsync(assessed, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8)).ToString("yyyy-MM-dd"));
        var notice = app.LastMailTo("mayra.es@example.org");
        await s.Admin.PostFormAsync($"/Hiring/Pipeline/Candidate/{notSelected}", new() { ["MoveTo"] = phase.ToString(), ["Reason"] = "Openings filled." });
        var sorry = app.LastMailTo("luis.es@example.org");

        Assert.Contains("Una oferta de empleo condicional", offerMail.Subject);
        Assert.Contains("Trabajador(a) comunitario(a) de salud", offerMail.Subject);
        Assert.Contains("Hola, Tomás Reyes", offerMail.TextBody);
        Assert.Contains("$25.50", offerMail.TextBody);
        Assert.Contains("Bienvenido(a) al equipo", welcome.Subject);
        Assert.Contains("días hábiles", notice.TextBody);
        Assert.Contains("Sobre su solicitud", sorry.Subject);
        Assert.Contains("Esta vez no fue seleccionado(a)", sorry.TextBody);
        Assert.DoesNotContain("Openings filled", sorry.TextBody);
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_every_offer_page()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Anita Yazzie", "anita@example.org");
        await s.MakeOfferAsync(id);
        var offer = await s.OfferIdAsync(id);
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Offers/Make/{id}")).StatusCode);
        foreach (var step in new[] { "Accept", "Check", "Assess", "Notice", "Response", "Decide", "Hire" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Offers/{step}/{offer}")).StatusCode);
        }

        var list = await intruder.TextAsync("/Hiring/Offers");
        Assert.DoesNotContain("Anita Yazzie", list);
        Assert.Equal(1, await s.Coalition.DbAsync(db => db.Set<OfferStep>().CountAsync()));
    }

    [Fact]
    public async Task A_supervisor_sees_no_offer_steps_and_cannot_make_an_offer()
    {
        var s = await OfferScenario.CreateAsync(app);
        var id = await s.ApplyAsync("Jasmine Lee", "jasmine@example.org");
        var supervisor = await (await s.Coalition.UserAsync(Web.Platform.Tenancy.CoalitionRole.Supervisor)).SignInAsync();

        var page = await supervisor.TextAsync($"/Hiring/Pipeline/Candidate/{id}");
        var make = await supervisor.GetAsync($"/Hiring/Offers/Make/{id}");

        Assert.DoesNotContain("Offer and fair-chance steps", page);
        People.OrganizationsTestData.AssertRefused(make);
    }

    [Fact]
    public async Task The_admins_home_page_counts_open_response_windows_and_offers_waiting_for_a_decision()
    {
        var s = await OfferScenario.CreateAsync(app);
        var inWindow = await s.ApplyAsync("Samuel Ortega", "samuel@example.org");
        var waiting = await s.ApplyAsync("Elena Morales", "elena@example.org");
        var offer = await s.AssessedOfferAsync(inWindow);
        await s.SendNoticeAsync(offer, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8)).ToString("yyyy-MM-dd"));
        await s.AssessedOfferAsync(waiting);

        var home = await s.Admin.TextAsync("/");
        var windows = await s.Admin.TextAsync("/Hiring/Offers?show=WindowOpen");
        var decisions = await s.Admin.TextAsync("/Hiring/Offers?show=AwaitingDecision");

        Assert.Contains("Fair-chance response windows ending", home);
        Assert.Contains("Offers waiting for a decision", home);
        Assert.Contains("Samuel Ortega", windows);
        Assert.DoesNotContain("Elena Morales", windows);
        Assert.Contains("Elena Morales", decisions);
        Assert.DoesNotContain("Samuel Ortega", decisions);
    }

    [Fact]
    public async Task The_settings_refuse_a_response_window_under_five_business_days_and_keep_what_was_typed()
    {
        var s = await OfferScenario.CreateAsync(app);

        var refused = await s.Admin.PostFormAsync("/Hiring/Offers/Settings", new()
        {
            ["Input.ResponseDays"] = "3",
            ["Input.RetentionYears"] = "0",
            ["Input.Holidays"] = "2026-12-25 Christmas Day\nsometime in spring",
        });
        var html = await refused.Content.ReadAsStringAsync();
        var saved = await s.Admin.PostFormAsync("/Hiring/Offers/Settings", new()
        {
            ["Input.ResponseDays"] = "7",
            ["Input.RetentionYears"] = "2",
            ["Input.Holidays"] = "2026-12-25 Christmas Day",
        });

        Assert.Equal("Enter from 5 to 30 business days: California requires at least 5.", Accounts.MessageBeside(html, "Input.ResponseDays"));
        Assert.Equal("Enter from 1 to 10 years.", Accounts.MessageBeside(html, "Input.RetentionYears"));
        Assert.Equal("Line 2 does not start with a date like 2026-12-25.", Accounts.MessageBeside(html, "Input.Holidays"));
        Assert.Contains("sometime in spring", html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await s.Coalition.DbAsync(db => db.Set<HiringSettings>().SingleAsync());
        Assert.Equal(7, settings.ResponseDays);
        Assert.Equal(2, settings.RetentionYears);
    }
}
