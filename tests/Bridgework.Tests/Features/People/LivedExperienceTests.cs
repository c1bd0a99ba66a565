using System.Collections.Concurrent;
using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bridgework.Tests.Features.People;

public sealed class LivedExperienceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_worker_records_their_own_areas_after_reading_who_can_see_them()
    {
        var (coalition, worker, staffId) = await WorkerAsync();
        var client = await worker.SignInAsync();

        var form = await client.TextAsync("/People/Me/LivedExperience");
        Assert.Contains("This is optional.", form);
        Assert.Contains("Only you and your coalition admins can see what you choose.", form);

        var saved = await client.PostFormAsync("/People/Me/LivedExperience", [], formPage: "/People/Me/LivedExperience");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        saved = await PostAreasAsync(client, "MentalHealth", "Veteran");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var profile = await client.TextAsync("/People/Me");
        Assert.Contains("Mental health", profile);
        Assert.Contains("Military service", profile);
        var stored = await coalition.DbAsync(db => db.Set<LivedExperience>().Where(l => l.StaffMemberId == staffId).Select(l => l.Area).ToListAsync());
        Assert.Equal([LivedExperienceArea.MentalHealth, LivedExperienceArea.Veteran], stored.Order());

        await PostAreasAsync(client, "Veteran");
        stored = await coalition.DbAsync(db => db.Set<LivedExperience>().Where(l => l.StaffMemberId == staffId).Select(l => l.Area).ToListAsync());
        Assert.Equal([LivedExperienceArea.Veteran], stored);
    }

    [Fact]
    public async Task Coalition_admins_see_it_on_the_profile_and_supervisors_do_not()
    {
        var (coalition, worker, staffId) = await WorkerAsync();
        var supervisorUser = await coalition.UserAsync(CoalitionRole.Supervisor);
        var org = await coalition.DbAsync(db => db.Set<StaffMember>().Where(s => s.Id == staffId).Select(s => s.OrganizationId).SingleAsync());
        var supervisor = await coalition.AddStaffAsync(org, "Marcus", "Bell", s => s.UserId = supervisorUser.Id);
        await coalition.DbAsync(async db =>
        {
            (await db.Set<StaffMember>().SingleAsync(s => s.Id == staffId)).SupervisorId = supervisor;
            return await db.SaveChangesAsync();
        });
        await PostAreasAsync(await worker.SignInAsync(), "SubstanceUse");

        var asAdmin = await (await (await coalition.AdminAsync()).SignInAsync()).TextAsync($"/People/Staff/{staffId}");
        var asSupervisor = await (await supervisorUser.SignInAsync()).TextAsync($"/People/Staff/{staffId}");

        Assert.Contains("Lived experience", asAdmin);
        Assert.Contains("Substance use and recovery", asAdmin);
        Assert.Contains("Lupe Herrera", asSupervisor);
        Assert.DoesNotContain("Lived experience", asSupervisor);
        Assert.DoesNotContain("Substance", asSupervisor);
    }

    [Fact]
    public async Task The_audit_trail_records_the_change_without_the_area()
    {
        var (coalition, worker, _) = await WorkerAsync();
        var client = await worker.SignInAsync();

        await PostAreasAsync(client, "DomesticViolence", "Immigration");
        await PostAreasAsync(client, "Immigration");

        var audit = await coalition.DbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(LivedExperience)).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a =>
        {
            Assert.Contains("\"Area\":{\"From\":null,\"To\":null,\"Redacted\":true}", a.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("Domestic", a.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("Immigration", a.Changes, StringComparison.Ordinal);
            Assert.Equal(worker.Id, a.UserId);
        });
    }

    [Fact]
    public async Task Lived_experience_never_reaches_the_logs_even_at_trace_level()
    {
        var logs = new CapturedLogs();
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var (coalition, worker, staffId) = await WorkerAsync();
        var admin = await coalition.AdminAsync();
        var workerClient = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await workerClient.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = worker.Password });
        var adminClient = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await adminClient.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = admin.Email, ["Input.Password"] = admin.Password });

        await PostAreasAsync(workerClient, "DomesticViolence", "FosterCare");
        await PostAreasAsync(workerClient, "FosterCare");
        Assert.Contains("Foster care", await adminClient.TextAsync($"/People/Staff/{staffId}"));
        await adminClient.TextAsync("/People/Export");

        var all = logs.All;
        Assert.NotEmpty(all);
        foreach (var secret in new[] { "DomesticViolence", "Domestic", "FosterCare", "Foster care" })
        {
            Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Someone_without_a_staff_record_is_told_so_and_cannot_save()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var client = await (await coalition.UserAsync(CoalitionRole.Worker)).SignInAsync();

        var page = await client.TextAsync("/People/Me/LivedExperience");
        var post = await PostAreasAsync(client, "MentalHealth");

        Assert.Contains("Your account is not linked to a staff record yet.", page);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await coalition.DbAsync(db => db.Set<LivedExperience>().CountAsync()));
    }

    private async Task<(TestCoalition Coalition, TestUser Worker, Guid StaffId)> WorkerAsync()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var org = await coalition.AddOrganizationAsync();
        var staffId = await coalition.AddStaffAsync(org, "Guadalupe", "Herrera", s => { s.PreferredName = "Lupe"; s.UserId = worker.Id; });
        return (coalition, worker, staffId);
    }

    private static async Task<HttpResponseMessage> PostAreasAsync(HttpClient client, params string[] areas)
    {
        // The sign-in page always has a form, so this also works where the page itself shows none.
        var page = await client.GetAsync("/Account/SignIn");
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var body = areas.Select(a => new KeyValuePair<string, string>("Areas", a)).Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        return await client.PostAsync("/People/Me/LivedExperience", new FormUrlEncodedContent(body));
    }

    /// <summary>Every log line the app writes, with its scope-free message and exception.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string All => string.Join("\n", _lines);

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {formatter(state, exception)} {state} {exception}");
        }
    }
}
