using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Staff;

public enum SaveOutcome
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
}

/// <param name="Current">On a conflict: the record as the other person saved it.</param>
public sealed record SaveResult(SaveOutcome Outcome, Guid? Id = null, StaffInput? Current = null);

/// <summary>A new staff record made by another step: its id chosen beforehand, and whether its hire date may still be to come.</summary>
public sealed record NewStaffRecord(Guid Id, bool HireDateMayBeLater);

/// <summary>
/// Creates or updates a staff record from the form: checks the rules that need the database (the site
/// belongs to the organization, the supervisor is someone else in the coalition, the e-mail and the user
/// account are not already on another record), then saves with optimistic concurrency.
/// </summary>
public sealed class SaveStaffMember(AppDbContext db, CoalitionCalendar calendar, IStringLocalizer<PeopleText> text)
{
    public Task<SaveResult> HandleAsync(Guid? id, StaffInput input, ModelStateDictionary modelState, string prefix, CancellationToken cancellationToken) =>
        HandleAsync(id, input, modelState, prefix, null, cancellationToken);

    /// <param name="created">For a new record made by another step (a hire): its id, known beforehand so the
    /// caller can link to it in the same save, and whether the hire date may be a start date still to come.</param>
    public async Task<SaveResult> HandleAsync(Guid? id, StaffInput input, ModelStateDictionary modelState, string prefix, NewStaffRecord? created, CancellationToken cancellationToken)
    {
        StaffMember? staff = null;
        if (id is { } existing)
        {
            staff = await db.Set<StaffMember>().Include(s => s.Languages).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
            if (staff is null)
            {
                return new SaveResult(SaveOutcome.NotFound);
            }
        }

        await CheckAsync(id, input, created?.HireDateMayBeLater == true, (field, message) => modelState.AddModelError($"{prefix}.{field}", message), cancellationToken);
        if (!modelState.IsValid)
        {
            return new SaveResult(SaveOutcome.Invalid);
        }

        if (staff is null)
        {
            staff = new StaffMember { Id = created?.Id ?? Guid.CreateVersion7(), LegalFirstName = "", LegalLastName = "" };
            db.Add(staff);
        }
        else
        {
            // The update always carries the version the form was read at, so a language-only change is checked too.
            var version = db.Entry(staff).Property(s => s.Version);
            version.OriginalValue = input.Version;
            version.IsModified = true;
        }

        Apply(staff, input);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult(SaveOutcome.Saved, staff.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Set<StaffMember>().AsNoTracking().Include(s => s.Languages)
                .FirstOrDefaultAsync(s => s.Id == staff.Id, cancellationToken);
            return current is null ? new SaveResult(SaveOutcome.NotFound) : new SaveResult(SaveOutcome.Conflict, staff.Id, StaffInput.From(current));
        }
    }

    private async Task CheckAsync(Guid? id, StaffInput input, bool hireDateMayBeLater, Action<string, string> error, CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        if (input.HireDate > today && !hireDateMayBeLater)
        {
            error(nameof(input.HireDate), text["The hire date can’t be in the future."]);
        }

        if (input.Status == EmploymentStatus.Separated)
        {
            if (input.SeparationDate is null)
            {
                error(nameof(input.SeparationDate), text["Enter the date this person separated."]);
            }

            if (string.IsNullOrWhiteSpace(input.SeparationReason))
            {
                error(nameof(input.SeparationReason), text["Enter the reason this person separated."]);
            }

            if (input.SeparationDate < input.HireDate)
            {
                error(nameof(input.SeparationDate), text["The separation date can’t be before the hire date."]);
            }
        }

        if (input.OrganizationId is { } organizationId
            && !await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            error(nameof(input.OrganizationId), text["Choose an organization from the list."]);
        }

        if (input.SiteId is { } siteId)
        {
            var siteOrganization = await db.Set<Site>().Where(s => s.Id == siteId).Select(s => (Guid?)s.OrganizationId).FirstOrDefaultAsync(cancellationToken);
            if (siteOrganization is null)
            {
                error(nameof(input.SiteId), text["Choose a site from the list."]);
            }
            else if (siteOrganization != input.OrganizationId)
            {
                error(nameof(input.SiteId), text["This site belongs to another organization. Choose a site of the person’s organization."]);
            }
        }

        if (input.SupervisorId is { } supervisorId)
        {
            if (supervisorId == id)
            {
                error(nameof(input.SupervisorId), text["A person can’t be their own supervisor."]);
            }
            else if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == supervisorId, cancellationToken))
            {
                error(nameof(input.SupervisorId), text["Choose a supervisor from the list."]);
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Email))
        {
            var email = input.Email.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // translated to SQL lower(); e-mail addresses are compared without case
            var taken = await db.Set<StaffMember>()
                .Where(s => s.Id != id && s.Email != null && s.Email.ToLower() == email)
#pragma warning restore CA1862
                .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName)
                .FirstOrDefaultAsync(cancellationToken);
            if (taken is not null)
            {
                error(nameof(input.Email), text["{0} already has this e-mail address. Each staff record needs its own.", taken]);
            }
        }

        if (input.UserId is { } userId)
        {
            // Any member of this coalition: an account linked earlier stays valid after its membership is paused.
            if (!await db.Memberships.AnyAsync(m => m.UserId == userId, cancellationToken))
            {
                error(nameof(input.UserId), text["Choose an account from the list."]);
            }
            else
            {
                var linked = await db.Set<StaffMember>()
                    .Where(s => s.Id != id && s.UserId == userId)
                    .Select(s => (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName)
                    .FirstOrDefaultAsync(cancellationToken);
                if (linked is not null)
                {
                    error(nameof(input.UserId), text["This account is already linked to {0}.", linked]);
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Languages.Count; i++)
        {
            var row = input.Languages[i];
            if (string.IsNullOrWhiteSpace(row.Language))
            {
                continue;
            }

            var field = $"{nameof(input.Languages)}[{i}]";
            if (!People.Languages.IsKnown(row.Language))
            {
                error($"{field}.{nameof(row.Language)}", text["Choose a language from the list."]);
            }
            else if (!seen.Add(row.Language))
            {
                error($"{field}.{nameof(row.Language)}", text["This language is listed twice."]);
            }

            if (row.Proficiency is null)
            {
                error($"{field}.{nameof(row.Proficiency)}", text["Choose how well this person speaks the language."]);
            }
        }
    }

    private void Apply(StaffMember s, StaffInput input)
    {
        s.LegalFirstName = input.LegalFirstName.Trim();
        s.LegalLastName = input.LegalLastName.Trim();
        s.PreferredName = Formats.Clean(input.PreferredName);
        s.Pronouns = Formats.Clean(input.Pronouns);
        s.JobFamily = input.JobFamily!.Value;
        s.JobTitle = Formats.Clean(input.JobTitle);
        s.OrganizationId = input.OrganizationId!.Value;
        s.SiteId = input.SiteId;
        s.SupervisorId = input.SupervisorId;
        s.HireDate = input.HireDate;
        s.Fte = input.Fte!.Value;
        s.Status = input.Status!.Value;
        var separated = s.Status == EmploymentStatus.Separated;
        s.SeparationDate = separated ? input.SeparationDate : null;
        s.SeparationReason = separated ? Formats.Clean(input.SeparationReason) : null;
        s.Email = Formats.Clean(input.Email);
        s.Phone = Formats.Clean(input.Phone);
        s.UserId = input.UserId;

        SyncLanguages(db, s, input.Languages);
    }

    /// <summary>
    /// Makes the record's languages match the form's rows: updates kept ones, removes dropped ones and
    /// adds new ones. Shared by the staff form and the worker's own details form.
    /// </summary>
    internal static void SyncLanguages(AppDbContext db, StaffMember staff, IEnumerable<LanguageRow> rows)
    {
        var wanted = rows
            .Where(l => !string.IsNullOrWhiteSpace(l.Language) && l.Proficiency is not null)
            .GroupBy(l => l.Language!)
            .ToDictionary(g => g.Key, g => g.First().Proficiency!.Value, StringComparer.Ordinal);
        foreach (var language in staff.Languages.ToList())
        {
            if (wanted.Remove(language.Language, out var proficiency))
            {
                language.Proficiency = proficiency;
            }
            else
            {
                staff.Languages.Remove(language);
                db.Remove(language);
            }
        }

        foreach (var (code, proficiency) in wanted)
        {
            // Added explicitly: the id is set at construction, so change detection would take it for an existing row.
            var added = new StaffLanguage { Language = code, Proficiency = proficiency, StaffMemberId = staff.Id };
            db.Add(added);
            staff.Languages.Add(added);
        }
    }

}
