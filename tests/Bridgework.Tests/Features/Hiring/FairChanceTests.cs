using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;

namespace Bridgework.Tests.Features.Hiring;

/// <summary>
/// California's Fair Chance Act (Gov. Code §12952): no question about conviction history before a conditional
/// offer. Every page a candidate sees, in both languages, empty and after a refused send, is read for it.
/// </summary>
public sealed partial class FairChanceTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("es-MX")]
    public async Task No_page_a_candidate_sees_asks_about_conviction_history(string language)
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var org = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(org, spanishTitle: "Trabajador(a) comunitario(a) de salud");
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var apply = ApplyTests.ApplyUrl(coalition, posting);
        var pages = new Dictionary<string, string>
        {
            ["/Jobs"] = await client.TextAsync("/Jobs"),
            [$"/Jobs/{coalition.Slug}"] = await client.TextAsync($"/Jobs/{coalition.Slug}"),
            [$"/Jobs/{coalition.Slug}/{posting.PublicCode}"] = await client.TextAsync($"/Jobs/{coalition.Slug}/{posting.PublicCode}"),
            [apply] = await client.TextAsync(apply),
        };
        var empty = ApplyTests.Fields(await ApplyTests.KeyAsync(client, apply));
        empty["Input.Name"] = "";
        pages[apply + " (refused)"] = await (await client.PostFormAsync(apply, empty)).Content.ReadAsStringAsync();
        var sent = await (await client.PostFormAsync(apply, ApplyTests.Fields(await ApplyTests.KeyAsync(client, apply)))).Content.ReadAsStringAsync();
        pages[apply + " (sent)"] = sent;
        var status = StatusLink().Match(sent).Value;
        pages[status] = await client.TextAsync(status);

        foreach (var (url, html) in pages)
        {
            var words = Forbidden().Matches(html).Select(m => m.Value).ToList();
            Assert.True(words.Count == 0, $"{url} ({language}) mentions: {string.Join(", ", words)}");
        }
    }

    [GeneratedRegex(@"convict|conviction|arrest|criminal|felon|misdemeanor|background check|condena|arresto|antecedentes penales|delito|penal|detenci[oó]n", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex("/Jobs/Status/[A-Za-z0-9_-]+")]
    private static partial Regex StatusLink();
}
