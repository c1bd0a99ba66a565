using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// After a refused save: for each field where what the user typed differs from what someone else saved,
/// the other person's value as it reads on screen, keyed by the input's property name.
/// </summary>
public static class ConflictNotes
{
    public static IReadOnlyDictionary<string, string> Between(
        StaffInput mine, StaffInput theirs, StaffProfile saved, IStringLocalizer text)
    {
        var spanish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";
        var none = text["(empty)"].Value;
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);

        void Compare<T>(string field, T a, T b, Func<string?> show)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                notes[field] = show() ?? none;
            }
        }

        static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        Compare(nameof(mine.LegalFirstName), Text(mine.LegalFirstName), Text(theirs.LegalFirstName), () => theirs.LegalFirstName);
        Compare(nameof(mine.LegalLastName), Text(mine.LegalLastName), Text(theirs.LegalLastName), () => theirs.LegalLastName);
        Compare(nameof(mine.PreferredName), Text(mine.PreferredName), Text(theirs.PreferredName), () => theirs.PreferredName);
        Compare(nameof(mine.Pronouns), Text(mine.Pronouns), Text(theirs.Pronouns), () => theirs.Pronouns);
        Compare(nameof(mine.JobFamily), mine.JobFamily, theirs.JobFamily, () => text[StaffLabels.Of(saved.JobFamily)]);
        Compare(nameof(mine.JobTitle), Text(mine.JobTitle), Text(theirs.JobTitle), () => theirs.JobTitle);
        Compare(nameof(mine.OrganizationId), mine.OrganizationId, theirs.OrganizationId, () => saved.Organization);
        Compare(nameof(mine.SiteId), mine.SiteId, theirs.SiteId, () => saved.Site);
        Compare(nameof(mine.SupervisorId), mine.SupervisorId, theirs.SupervisorId, () => saved.Supervisor);
        Compare(nameof(mine.HireDate), mine.HireDate, theirs.HireDate, () => theirs.HireDate?.ToString("d", CultureInfo.CurrentCulture));
        Compare(nameof(mine.Fte), mine.Fte, theirs.Fte, () => theirs.Fte?.ToString("0.0#", CultureInfo.CurrentCulture));
        Compare(nameof(mine.Status), mine.Status, theirs.Status, () => text[StaffLabels.Of(saved.Status)]);
        Compare(nameof(mine.SeparationDate), mine.Status == EmploymentStatus.Separated ? mine.SeparationDate : null, theirs.SeparationDate,
            () => theirs.SeparationDate?.ToString("d", CultureInfo.CurrentCulture));
        Compare(nameof(mine.SeparationReason), mine.Status == EmploymentStatus.Separated ? Text(mine.SeparationReason) : null, Text(theirs.SeparationReason),
            () => theirs.SeparationReason);
        Compare(nameof(mine.Email), Text(mine.Email), Text(theirs.Email), () => theirs.Email);
        Compare(nameof(mine.Phone), Text(mine.Phone), Text(theirs.Phone), () => theirs.Phone);
        Compare(nameof(mine.UserId), mine.UserId, theirs.UserId, () => saved.Account);

        static string Languages(StaffInput input) => string.Join(";", input.Languages
            .Where(l => !string.IsNullOrWhiteSpace(l.Language))
            .OrderBy(l => l.Language, StringComparer.Ordinal)
            .Select(l => $"{l.Language}:{l.Proficiency}"));
        Compare(nameof(mine.Languages), Languages(mine), Languages(theirs), () => saved.Languages.Count == 0
            ? null
            : string.Join(", ", saved.Languages.Select(l => $"{People.Languages.Name(l.Language, spanish)} ({text[StaffLabels.Of(l.Proficiency)]})")));

        return notes;
    }
}
