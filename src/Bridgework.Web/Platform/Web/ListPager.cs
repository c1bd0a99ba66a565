namespace Bridgework.Web.Platform.Web;

/// <summary>What the shared pager partial (Features/Shared/_ListPager) needs: where we are and how to link to another page.</summary>
public sealed record ListPager(int Page, int PageSize, int Total, Func<int, string> UrlFor)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>A requested page number made safe: at least 1, at most the last page.</summary>
    public static int Clamp(int page, int pageSize, int total) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
