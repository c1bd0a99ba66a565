using System.Security.Claims;
using Bridgework.Web.Platform.Home;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// Home cards about staff records: for coalition admins, current staff with no supervisor and incomplete
/// profiles; for supervisors, their own people's incomplete profiles; for anyone else with a staff
/// record, their own profile when it lacks something.
/// </summary>
public sealed class StaffHomeCards(StaffAccess access, StaffProfiles profiles, IStringLocalizer<PeopleText> text)
    : IHomeCardSource
{
    public async Task<IReadOnlyList<HomeCard>> GetCardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        var current = access.Listable(viewer).Where(s => s.Status != EmploymentStatus.Separated);
        var cards = new List<HomeCard>();

        if (viewer.SeesEveryone)
        {
            var unsupervised = await current.CountAsync(s => s.SupervisorId == null, cancellationToken);
            cards.Add(new HomeCard(text["Staff with no supervisor"], unsupervised, "/People?supervisor=none", Order: 20));
        }

        if (viewer.SeesEveryone || viewer.SeesOwnPeople)
        {
            var incomplete = await current.Where(StaffDirectory.IsIncomplete).CountAsync(cancellationToken);
            cards.Add(new HomeCard(
                viewer.SeesEveryone ? text["Incomplete profiles"] : text["Your people with incomplete profiles"],
                incomplete,
                "/People?incomplete=true",
                text["No hire date, phone, e-mail or language"],
                Order: 30));
        }
        else if (viewer.StaffId is { } me && await profiles.FindAsync(me, cancellationToken) is { } own)
        {
            var missing = own.Missing;
            cards.Add(new HomeCard(
                text["Complete your profile"],
                missing.Count,
                "/People/Me",
                text["Missing: {0}", string.Join(", ", missing.Select(m => text[m].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)))],
                Order: 10));
        }

        return cards;
    }
}
