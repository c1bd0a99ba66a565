using System.Security.Claims;

namespace Bridgework.Web.Platform.Home;

/// <summary>A "what needs me now" card: a count and a link to the filtered list behind it.</summary>
public sealed record HomeCard(string Title, int Count, string Url, string? Detail = null, int Order = 100);

/// <summary>
/// Modules contribute home-page cards by registering one of these. Return only cards the user may
/// follow, and only when something waits (a zero count is left off the page).
/// </summary>
public interface IHomeCardSource
{
    Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
