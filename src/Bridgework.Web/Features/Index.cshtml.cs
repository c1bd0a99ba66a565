using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Home;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features;

/// <summary>Each role lands here after sign-in: the cards every module contributes for this user.</summary>
public sealed class IndexModel(AppDbContext db, ITenantContext tenant, IEnumerable<IHomeCardSource> sources) : PageModel
{
    public string Name { get; private set; } = "";

    public string? CoalitionName { get; private set; }

    public bool NoCoalition { get; private set; }

    public IReadOnlyList<HomeCard> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = User.FindFirst("bw:display_name")?.Value ?? User.Identity?.Name ?? "";
        if (tenant.CoalitionId is { } id)
        {
            CoalitionName = await db.Coalitions.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            NoCoalition = !User.IsNetworkAdmin();
        }

        var cards = new List<HomeCard>();
        foreach (var source in sources)
        {
            cards.AddRange(await source.GetCardsAsync(User, cancellationToken));
        }

        Cards = cards.Where(c => c.Count > 0).OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.CurrentCulture).ToList();
    }
}
