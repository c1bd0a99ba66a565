using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Platform.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Hiring.Offers;

/// <summary>The app with room for many applications, and every <see cref="WorkerHired"/> it publishes kept.</summary>
public sealed class OffersTestApp : AppFactory
{
    public ConcurrentQueue<WorkerHired> Hired { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hiring:ApplicationsPerHour", "100000");
        builder.UseSetting("Hiring:UploadFolder", Path.Combine(Path.GetTempPath(), "bw-uploads-" + Guid.NewGuid().ToString("N")));
        builder.ConfigureServices(services => services.AddSingleton<IEventHandler<WorkerHired>>(new Recorder(Hired)));
    }

    private sealed class Recorder(ConcurrentQueue<WorkerHired> seen) : IEventHandler<WorkerHired>
    {
        public Task HandleAsync(WorkerHired domainEvent, CancellationToken cancellationToken)
        {
            seen.Enqueue(domainEvent);
            return Task.CompletedTask;
        }
    }
}

/// <summary>A coalition with an open posting, candidates who applied through the public form, and an admin driving the offer pages.</summary>
public sealed partial class OfferScenario
{
    private OfferScenario(AppFactory app, TestCoalition coalition, Guid organization, Posting posting, HttpClient admin)
    {
        App = app;
        Coalition = coalition;
        Organization = organization;
        Posting = posting;
        Admin = admin;
    }

    public AppFactory App { get; }

    public TestCoalition Coalition { get; }

    public Guid Organization { get; }

    public Posting Posting { get; }

    public HttpClient Admin { get; private set; }

    public TestUser AdminUser { get; private set; } = null!;

    public static async Task<OfferScenario> CreateAsync(AppFactory app)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var organization = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(organization, spanishTitle: "Trabajador(a) comunitario(a) de salud");
        var user = await coalition.AdminAsync();
        return new OfferScenario(app, coalition, organization, posting, await user.SignInAsync()) { AdminUser = user };
    }

    /// <summary>Signs the admin in again, after the fake clock moved past the session's limits.</summary>
    public async Task SignInAgainAsync() => Admin = await AdminUser.SignInAsync();

    public async Task<Guid> ApplyAsync(string name, string email, string language = "en-US")
    {
        var client = App.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var url = ApplyTests.ApplyUrl(Coalition, Posting);
        var fields = ApplyTests.Fields(await ApplyTests.KeyAsync(client, url));
        fields["Input.Name"] = name;
        fields["Input.Email"] = email;
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(url, fields)).StatusCode);
        return await Coalition.DbAsync(db => db.Set<JobApplication>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
    }

    public Task<HttpResponseMessage> MakeOfferAsync(Guid applicationId) =>
        Admin.PostFormAsync($"/Hiring/Offers/Make/{applicationId}", new()
        {
            ["Input.Position"] = "Community health worker",
            ["Input.StartDate"] = "2026-04-01",
            ["Input.HourlyPay"] = "25.50",
            ["Input.OfferText"] = "We are glad to offer you the job.",
        });

    public Task<Guid> OfferIdAsync(Guid applicationId) =>
        Coalition.DbAsync(db => db.Set<Web.Features.Hiring.Offers.Offer>().Where(o => o.ApplicationId == applicationId).Select(o => o.Id).SingleAsync());

    /// <summary>Opens a step page, then sends its form with the version it showed.</summary>
    public async Task<HttpResponseMessage> StepAsync(string step, Guid offerId, Dictionary<string, string> fields)
    {
        var url = $"/Hiring/Offers/{step}/{offerId}";
        var html = await Admin.TextAsync(url);
        fields["Version"] = Accounts.InputValue(html, "Version");
        return await Admin.PostFormAsync(url, fields);
    }

    /// <summary>Offer made, accepted, a check that raises something, and the assessment written.</summary>
    public async Task<Guid> AssessedOfferAsync(Guid applicationId)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await MakeOfferAsync(applicationId)).StatusCode);
        var offer = await OfferIdAsync(applicationId);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync("Accept", offer, new() { ["AcceptedOn"] = "2026-03-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync("Check", offer, new() { ["Result"] = "RaisesConcern", ["ReceivedOn"] = "2026-03-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync("Assess", offer, new()
        {
            ["Input.NatureAndGravity"] = "A non-violent conviction from 2012.",
            ["Input.TimePassed"] = "Fourteen years; sentence completed in 2014.",
            ["Input.JobDuties"] = "Home visits; no cash or medication.",
            ["Input.Mitigation"] = "Peer training and steady work since.",
        })).StatusCode);
        return offer;
    }

    public Task<HttpResponseMessage> SendNoticeAsync(Guid offerId, string sentOn = "2026-03-02") =>
        StepAsync("Notice", offerId, new() { ["NoticeText"] = "Your report shows a conviction we must consider. You may respond.", ["SentOn"] = sentOn });

    public Task<HttpResponseMessage> DecideAsync(Guid offerId, string decision) =>
        StepAsync("Decide", offerId, new() { ["Decision"] = decision, ["Reasons"] = "Weighed against the duties of the job." });

    public async Task<HttpResponseMessage> HireAsync(Guid offerId, string first = "Graciela", string last = "Ortiz")
    {
        var url = $"/Hiring/Offers/Hire/{offerId}";
        var html = await Admin.TextAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = Accounts.InputValue(html, "Version"),
            ["Input.Fte"] = "1.0",
            ["Input.LegalFirstName"] = first,
            ["Input.LegalLastName"] = last,
            ["Input.Email"] = Accounts.InputValue(html, "Input.Email"),
            ["Input.HireDate"] = "2026-04-01",
            ["Input.JobFamily"] = "CommunityHealthWorker",
            ["Input.JobTitle"] = "Community health worker",
            ["Input.OrganizationId"] = Organization.ToString(),
        };
        return await Admin.PostFormAsync(url, fields);
    }

    [GeneratedRegex("<[^>]+>")]
    public static partial Regex Tags();
}
