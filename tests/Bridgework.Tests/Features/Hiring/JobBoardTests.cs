using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;

namespace Bridgework.Tests.Features.Hiring;

public sealed class JobBoardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Anyone_reads_a_coalitions_open_postings_without_signing_in_but_never_drafts()
    {
        var coalition = await TestCoalition.CreateAsync(app, "Valle Central Whole Person Care");
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var open = await coalition.PostingAsync(org, "Community health worker, Fresno");
        var draft = await coalition.PostingAsync(org, "Secret draft promotora", PostingStatus.Draft);
        var paused = await coalition.PostingAsync(org, "Paused peer posting", PostingStatus.Paused);
        var client = app.Browser();

        var board = await client.TextAsync($"/Jobs/{coalition.Slug}");
        var page = await client.TextAsync($"/Jobs/{coalition.Slug}/{open.PublicCode}");

        Assert.Contains("Jobs at Valle Central Whole Person Care", board);
        Assert.Contains($"href=\"/Jobs/{coalition.Slug}/{open.PublicCode}\"", board);
        Assert.DoesNotContain("Secret draft promotora", board);
        Assert.DoesNotContain("Paused peer posting", board);
        Assert.DoesNotContain(open.Id.ToString(), board);
        Assert.Contains("Community health worker, Fresno", page);
        Assert.Contains("$23.50 to $29.00 an hour", page);
        Assert.Contains("60% in the community, 40% in the clinic or office", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Jobs/{coalition.Slug}/{draft.PublicCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Jobs/{coalition.Slug}/{paused.PublicCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Jobs/no-such-coalition")).StatusCode);
    }

    [Fact]
    public async Task A_posting_is_found_only_under_its_own_coalitions_slug()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org);
        var other = await TestCoalition.CreateAsync(app);

        var response = await app.Browser().GetAsync($"/Jobs/{other.Slug}/{posting.PublicCode}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_posting_past_its_closing_date_leaves_the_board()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-8));
        var past = await coalition.PostingAsync(org, "Closed yesterday", closesOn: today.AddDays(-1));
        var client = app.Browser();

        Assert.DoesNotContain("Closed yesterday", await client.TextAsync($"/Jobs/{coalition.Slug}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Jobs/{coalition.Slug}/{past.PublicCode}")).StatusCode);
    }

    [Fact]
    public async Task The_network_board_lists_open_postings_of_every_coalition()
    {
        var first = await TestCoalition.CreateAsync(app, "First board coalition");
        var second = await TestCoalition.CreateAsync(app, "Second board coalition");
        var a = await first.PostingAsync(await first.OrganizationAsync("Org A"), "Network CHW " + first.Slug);
        var b = await second.PostingAsync(await second.OrganizationAsync("Org B"), "Network peer " + second.Slug);

        var html = await app.Browser().TextAsync("/Jobs?role=CommunityHealthWorker");

        Assert.Contains($"/Jobs/{first.Slug}/{a.PublicCode}", html);
        Assert.Contains($"/Jobs/{second.Slug}/{b.PublicCode}", html);
        Assert.Contains("Second board coalition", html);
    }

    [Fact]
    public async Task A_Spanish_reader_sees_the_postings_Spanish_wording()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org, "Community health worker", spanishTitle: "Trabajador(a) comunitario(a) de salud");
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX");

        var html = await client.TextAsync($"/Jobs/{coalition.Slug}/{posting.PublicCode}");

        Assert.Contains("<h1>Trabajador(a) comunitario(a) de salud</h1>", html);
        Assert.Contains("En qué consiste el empleo", html);
        Assert.Contains("De $23.50 a $29.00 por hora", html);
    }
}
