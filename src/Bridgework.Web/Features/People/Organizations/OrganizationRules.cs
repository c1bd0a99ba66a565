using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

// Searches lower-case both sides with ToLower(): EF translates that on SQLite and PostgreSQL alike,
// while the StringComparison overloads the analyzer prefers do not translate to SQL.
#pragma warning disable CA1862

namespace Bridgework.Web.Features.People.Organizations;

/// <summary>The checks the new and edit forms share beyond the field annotations.</summary>
public static class OrganizationRules
{
    public static async Task CheckAsync(
        AppDbContext db, OrganizationInput input, Guid? editing, ModelStateDictionary state, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (!Formats.IsWebsite(input.Website))
        {
            state.AddModelError("Input.Website", text["Enter a website address like www.example.org."]);
        }

        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            var name = input.Name.Trim().ToLowerInvariant();
            var taken = await db.Set<Organization>()
                .AnyAsync(o => o.Name.ToLower() == name && o.Id != editing, cancellationToken);
            if (taken)
            {
                state.AddModelError("Input.Name", text["Your coalition already has an organization called “{0}”. Use another name, or open that one.", input.Name.Trim()]);
            }
        }
    }
}
