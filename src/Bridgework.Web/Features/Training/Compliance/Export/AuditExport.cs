using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Shared;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Compliance.Export;

/// <summary>
/// What an auditor asks the supervising provider for, per worker: the credentials held, the hours by
/// requirement in the current period, and the evidence behind every record (how it was recorded, the
/// session or course, who approved it). Three tables: one sheet each in XLSX, one CSV each.
/// </summary>
public sealed class AuditExport(AppDbContext db, TrainingCompliance compliance)
{
    public const int MaxWorkers = 2000;

    public static readonly string[] Sections = ["credentials", "hours", "evidence"];

    public async Task<TableSheet[]> BuildAsync(IQueryable<StaffMember> staff, CancellationToken cancellationToken)
    {
        var people = await staff.AsNoTracking()
            .OrderBy(s => s.LegalLastName).ThenBy(s => s.LegalFirstName).ThenBy(s => s.Id)
            .Take(MaxWorkers)
            .Select(s => new
            {
                s.Id,
                Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                Organization = db.Set<Organization>().Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var ids = people.Keys.ToList();

        var credentials = await db.Set<Credential>().AsNoTracking()
            .Where(c => ids.Contains(c.StaffMemberId))
            .Select(c => new { c.StaffMemberId, c.Name, c.Type, c.Issuer, c.IssuedOn, c.ExpiresOn, c.Specializations, HasFile = c.DocumentStoredName != null })
            .ToListAsync(cancellationToken);
        var today = compliance.Today;
        var credentialRows = credentials
            .OrderBy(c => people[c.StaffMemberId].Name, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<object?>)[
                people[c.StaffMemberId].Name, people[c.StaffMemberId].Organization, c.Name, c.Type.Label(), c.Issuer, c.IssuedOn, c.ExpiresOn,
                c.Specializations?.Replace(",", ", ", StringComparison.Ordinal),
                c.ExpiresOn is { } e && e < today ? "Expired" : "Current",
                c.HasFile])
            .ToList();

        var standings = await compliance.ForAsync(db.Set<StaffMember>().Where(s => ids.Contains(s.Id)), cancellationToken);
        var hourRows = standings
            .SelectMany(w => w.Standings.Select(s => (IReadOnlyList<object?>)[
                w.Name, people.GetValueOrDefault(w.StaffId)?.Organization, s.Requirement.Name, s.PeriodStart, s.PeriodEnd,
                Plain(s.Requirement.Hours), Plain(s.HoursDone), Plain(s.Requirement.LawAndEthicsHours), Plain(s.LawAndEthicsDone), s.Status.Label()]))
            .ToList();

        var since = today.AddYears(-7);
        var evidence = await db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => ids.Contains(c.StaffMemberId) && c.CompletedOn >= since)
            .OrderBy(c => c.StaffMemberId).ThenByDescending(c => c.CompletedOn).ThenBy(c => c.Title)
            .Select(c => new
            {
                c.StaffMemberId,
                c.CompletedOn,
                c.Title,
                Course = db.Set<Course>().Where(x => x.Id == c.CourseId).Select(x => x.Title).FirstOrDefault(),
                SessionDate = db.Set<TrainingSession>().Where(x => x.Id == c.SessionId).Select(x => (DateOnly?)x.Date).FirstOrDefault(),
                c.Source,
                c.Provider,
                c.Hours,
                Requirement = db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault(),
                c.IsLawAndEthics,
                c.Approval,
                c.ReviewedBy,
                c.ReviewedAt,
                c.ReturnReason,
                c.EvidenceNote,
                HasFile = c.EvidenceStoredName != null,
            })
            .Take(50_000)
            .ToListAsync(cancellationToken);
        var evidenceRows = evidence
            .OrderBy(c => people[c.StaffMemberId].Name, StringComparer.Ordinal).ThenByDescending(c => c.CompletedOn)
            .Select(c => (IReadOnlyList<object?>)[
                people[c.StaffMemberId].Name, people[c.StaffMemberId].Organization, c.CompletedOn, c.Title, c.Course, c.SessionDate,
                Records.TrainingRecordLabels.Label(c.Source), c.Provider, Plain(c.Hours), c.Requirement, c.IsLawAndEthics,
                Records.TrainingRecordLabels.Label(c.Approval), c.ReviewedBy, c.ReviewedAt, c.ReturnReason, c.EvidenceNote, c.HasFile])
            .ToList();

        return
        [
            new TableSheet("Credentials", ["Worker", "Organization", "Credential", "Type", "Issued by", "Issued on", "Expires on", "Specializations", "Standing", "Certificate on file"], credentialRows),
            new TableSheet("Hours", ["Worker", "Organization", "Requirement", "Period start", "Period end", "Hours required", "Hours done", "Law and ethics required", "Law and ethics done", "Status"], hourRows),
            new TableSheet("Evidence", ["Worker", "Organization", "Completed on", "Training", "Course", "Session date", "Recorded by", "Provider", "Hours", "Counts toward", "Law and ethics", "Approval", "Reviewed by", "Reviewed at", "Return reason", "Evidence note", "File on record"], evidenceRows),
        ];
    }

    /// <summary>Hours without the storage's trailing zeros: 6, 2.5.</summary>
    private static decimal Plain(decimal hours) => hours / 1.0000000000000000000000000000m;
}
