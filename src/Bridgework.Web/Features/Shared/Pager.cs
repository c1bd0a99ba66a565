namespace Bridgework.Web.Features.Shared;

/// <summary>What the _Pager partial needs: the current page, how many there are, and the query for a page.</summary>
public sealed record Pager(int Page, int Pages, Func<int, Dictionary<string, string?>> RouteFor);
