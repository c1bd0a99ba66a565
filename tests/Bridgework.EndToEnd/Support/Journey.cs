using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Bridgework.EndToEnd.Support;

/// <summary>
/// One user's trip through the app in a fresh browser context. It fails when a page it reached was never
/// checked with <see cref="Axe"/>, and on any failure saves a screenshot under tests/Bridgework.EndToEnd/screenshots/.
/// </summary>
public sealed class Journey
{
    private static readonly AsyncLocal<Journey?> CurrentJourney = new();

    private readonly HashSet<string> _visited = [];
    private readonly HashSet<string> _checked = [];

    private Journey()
    {
    }

    internal static Journey? Current => CurrentJourney.Value;

    public static async Task RunAsync(AppServer app, Func<IPage, Task> steps, int width = 1280, [CallerMemberName] string name = "")
    {
        var journey = new Journey();
        CurrentJourney.Value = journey;
        await using var context = await app.NewContextAsync(width);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (journey._visited)
                {
                    journey._visited.Add(PathOf(frame.Url));
                }
            }
        };

        try
        {
            await steps(page);
            var missed = journey._visited.Except(journey._checked).Order().ToList();
            Assert.True(missed.Count == 0,
                "Pages reached without an accessibility check (call Axe.CheckAsync on each): " + string.Join(", ", missed));
        }
        catch
        {
            await SaveScreenshotAsync(page, name);
            throw;
        }
        finally
        {
            CurrentJourney.Value = null;
        }
    }

    internal bool HasChecked(string url)
    {
        lock (_visited)
        {
            return _checked.Contains(PathOf(url));
        }
    }

    internal void MarkChecked(string url)
    {
        lock (_visited)
        {
            _checked.Add(PathOf(url));
        }
    }

    /// <summary>Path and query: a page with a different query string is a different page to check.</summary>
    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        try
        {
            var folder = Path.Combine(ProjectFolder(), "screenshots");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Console.Error.WriteLine($"Screenshot of the failed journey: {path}");
        }
        catch (PlaywrightException e)
        {
            Console.Error.WriteLine($"No screenshot of the failed journey {name}: {e.Message}");
        }
    }

    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bridgework.EndToEnd.csproj")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
