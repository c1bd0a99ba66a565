using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bridgework.EndToEnd.Support;

/// <summary>Runs axe on the page as it is now and fails with a readable list of serious or critical violations.</summary>
public static class Axe
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task CheckAsync(IPage page, string? state = null)
    {
        var result = await page.RunAxe();
        var violations = result.Violations.Where(v => Failing.Contains(v.Impact)).ToList();
        Journey.Current?.MarkChecked(page.Url);
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail(Describe(page.Url, state, violations));
    }

    private static string Describe(string url, string? state, List<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.Append($"Accessibility: {violations.Count} serious or critical axe violation(s) on {url}");
        text.AppendLine(state is null ? ":" : $" ({state}):");
        foreach (var v in violations)
        {
            text.AppendLine($"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes.Take(5))
            {
                text.AppendLine($"    at {node.Target}: {Shorten(node.Html)}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
                {
                    text.AppendLine("      " + message.ReplaceLineEndings(" "));
                }
            }

            if (v.Nodes.Length > 5)
            {
                text.AppendLine($"    and {v.Nodes.Length - 5} more");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";
}
