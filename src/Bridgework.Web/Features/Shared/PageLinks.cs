namespace Bridgework.Web.Features.Shared;

/// <summary>
/// Where one page of a list sits among the rest, and how to link to the others with the same filters.
/// Pages count from 1; <see cref="Clamp"/> keeps a page number typed into the address inside the list.
/// </summary>
public sealed class PageLinks(int page, int pageSize, int total, Func<int, string> urlFor)
{
    public int Page { get; } = page;

    public int PageSize { get; } = pageSize;

    public int Total { get; } = total;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int First => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(Page * PageSize, Total);

    public int Skip => (Page - 1) * PageSize;

    public string UrlFor(int page) => urlFor(page);

    /// <summary>The pages to offer as numbers: the first, the last, and two either side of the current one.</summary>
    public IReadOnlyList<int?> Window()
    {
        var pages = new List<int?>();
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 2)
            {
                pages.Add(p);
            }
            else if (pages.Count > 0 && pages[^1] is not null)
            {
                pages.Add(null);
            }
        }

        return pages;
    }

    public static int Clamp(int page, int pageSize, int total) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
