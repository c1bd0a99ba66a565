using System.Net;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring;

public sealed class FlyerTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task A_bilingual_posting_prints_an_English_and_a_Spanish_page_each_with_a_QR_code_to_its_public_link()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await BilingualPostingAsync(coalition);
        var client = await (await coalition.AdminAsync()).SignInAsync();

        var flyer = await client.TextAsync($"/Hiring/Postings/{posting.Id}/Flyer");
        var spanishOnly = await client.TextAsync($"/Hiring/Postings/{posting.Id}/Flyer?lang=es");

        Assert.Equal(2, CountOf(flyer, "<svg class=\"qr-code\""));
        Assert.Contains("<article class=\"flyer-page\" lang=\"en\"", flyer);
        Assert.Contains("<article class=\"flyer-page\" lang=\"es\"", flyer);
        Assert.Contains("Now hiring", flyer);
        Assert.Contains("Estamos contratando", flyer);
        Assert.Contains("Trabajador(a) comunitario(a) de salud", flyer);
        Assert.Contains("Visitar a los clientes en casa.", flyer);
        Assert.Contains("Su experiencia de vida cuenta", flyer);
        Assert.Contains("Cómo solicitar", flyer);
        Assert.Contains("$23.50 to $29.00 an hour", flyer);
        Assert.Contains($"/Jobs/{coalition.Slug}/{posting.PublicCode}", flyer);
        Assert.Contains("Visit clients at home", flyer);
        Assert.Equal(1, CountOf(spanishOnly, "<svg class=\"qr-code\""));
        Assert.DoesNotContain("Now hiring", spanishOnly);
    }

    [Fact]
    public async Task An_application_from_the_flyers_QR_code_is_credited_to_a_community_board_unless_the_candidate_says_a_local_business()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await BilingualPostingAsync(coalition);
        var candidate = app.Browser();
        var page = await candidate.TextAsync($"/Jobs/{coalition.Slug}/{posting.PublicCode}?src=flyer");
        var url = $"/Jobs/{coalition.Slug}/{posting.PublicCode}/Apply?src=flyer";

        var blank = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url));
        blank["Input.HeardFrom"] = "";
        blank["Input.Source"] = "flyer";
        blank["Input.Name"] = "A Board";
        await candidate.PostFormAsync(url, blank);
        var business = ApplyTests.Fields(await ApplyTests.KeyAsync(candidate, url));
        business["Input.HeardFrom"] = "LocalBusiness";
        business["Input.Source"] = "flyer";
        business["Input.Name"] = "B Business";
        await candidate.PostFormAsync(url, business);

        Assert.Contains("/Apply?src=flyer", page);
        var stored = await coalition.DbAsync(db => db.Set<JobApplication>().OrderBy(a => a.Name).Select(a => a.HeardFrom).ToListAsync());
        Assert.Equal([HeardFrom.CommunityBoard, HeardFrom.LocalBusiness], stored);
    }

    [Fact]
    public async Task Another_coalitions_admin_gets_404_for_a_flyer()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var posting = await BilingualPostingAsync(coalition);
        var intruder = await (await (await TestCoalition.CreateAsync(app)).AdminAsync()).SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Hiring/Postings/{posting.Id}/Flyer")).StatusCode);
    }

    private static async Task<Posting> BilingualPostingAsync(TestCoalition coalition)
    {
        var posting = await coalition.PostingAsync(await coalition.OrganizationAsync("Valle Central Health System"), spanishTitle: "Trabajador(a) comunitario(a) de salud");
        await coalition.DbAsync(async db =>
        {
            var saved = await db.Set<Posting>().SingleAsync(p => p.Id == posting.Id);
            saved.SpanishDuties = "Visitar a los clientes en casa.";
            saved.SpanishValuedExperience = "Vivir en la comunidad.";
            return await db.SaveChangesAsync();
        });
        return posting;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
