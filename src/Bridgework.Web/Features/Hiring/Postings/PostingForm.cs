using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Hiring.Postings;

/// <summary>The choices the posting form offers, and the checks that need the database.</summary>
public sealed class PostingForm(AppDbContext db)
{
    public sealed record Choice(Guid Id, string Name, Guid? OrganizationId = null);

    public IReadOnlyList<Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<Choice> Sites { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organizations = await db.Set<Organization>().AsNoTracking()
            .Where(o => !o.IsArchived)
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name, null))
            .Take(500)
            .ToListAsync(cancellationToken);
        Sites = await db.Set<Site>().AsNoTracking()
            .Where(s => !s.IsArchived)
            .OrderBy(s => s.Name)
            .Select(s => new Choice(s.Id, s.Name, s.OrganizationId))
            .Take(2000)
            .ToListAsync(cancellationToken);
    }

    public async Task CheckAsync(PostingInput input, ModelStateDictionary state, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (input.OrganizationId is { } organizationId
            && !await db.Set<Organization>().AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            state.AddModelError("Input.OrganizationId", text["Choose an organization from the list."]);
        }

        if (input.SiteId is { } siteId
            && !await db.Set<Site>().AnyAsync(s => s.Id == siteId && s.OrganizationId == input.OrganizationId, cancellationToken))
        {
            state.AddModelError("Input.SiteId", text["Choose a site of the organization you chose, or leave the site empty."]);
        }

        if (input.PayMin is { } min && input.PayMax is { } max && max < min)
        {
            state.AddModelError("Input.PayMax", text["The highest pay cannot be lower than the lowest pay."]);
        }

        if (input.Languages.Count == 0 || input.Languages.Any(l => !Languages.IsKnown(l)))
        {
            state.AddModelError("Input.Languages", text["Choose at least one language the job needs."]);
        }
    }
}
