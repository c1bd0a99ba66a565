using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training;

/// <summary>One worker's standing on every requirement that applies to them.</summary>
public sealed record WorkerCompliance(Guid StaffId, string Name, IReadOnlyList<RequirementStanding> Standings)
{
    public ComplianceStatus Overall => ComplianceRules.Overall(Standings);
}

/// <summary>
/// Reads credentials, requirements and completion hours for a set of workers and applies
/// <see cref="ComplianceRules"/>. Only the hours of the last few years are read.
/// </summary>
public sealed class TrainingCompliance(AppDbContext db, TimeProvider clock)
{
    /// <summary>Hours older than this cannot fall in a current or last period of any seeded rule.</summary>
    private const int YearsOfHours = 7;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<IReadOnlyList<WorkerCompliance>> ForStaffAsync(Guid staffMemberId, CancellationToken cancellationToken) =>
        ForAsync(db.Set<StaffMember>().Where(s => s.Id == staffMemberId), cancellationToken);

    /// <summary>Compliance of the active staff in <paramref name="staff"/> who hold a credential a requirement applies to.</summary>
    public async Task<IReadOnlyList<WorkerCompliance>> ForAsync(IQueryable<StaffMember> staff, CancellationToken cancellationToken)
    {
        var today = Today;
        var requirements = await db.Set<ContinuingEducationRequirement>().AsNoTracking()
            .OrderBy(r => r.Name)
            .Select(r => new { Rule = new RequirementRule(r.Id, r.Name, r.Period, r.CycleYears, r.Hours, r.LawAndEthicsHours), r.AppliesTo })
            .Take(100)
            .ToListAsync(cancellationToken);
        var types = requirements.Select(r => r.AppliesTo).Distinct().ToList();

        var people = staff.Where(s => s.Status != EmploymentStatus.Separated);
        var credentials = await db.Set<Credential>().AsNoTracking()
            .Where(c => types.Contains(c.Type) && people.Any(s => s.Id == c.StaffMemberId))
            .Select(c => new { c.StaffMemberId, c.Type, c.IssuedOn, c.ExpiresOn })
            .ToListAsync(cancellationToken);
        var ids = credentials.Select(c => c.StaffMemberId).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName })
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var since = today.AddYears(-YearsOfHours);
        var hours = (await db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => c.RequirementId != null && c.CompletedOn >= since && ids.Contains(c.StaffMemberId) && c.Approval == ApprovalStatus.Approved)
            .Select(c => new { c.StaffMemberId, c.RequirementId, c.CompletedOn, c.Hours, c.IsLawAndEthics })
            .ToListAsync(cancellationToken))
            .ToLookup(c => (c.StaffMemberId, c.RequirementId!.Value), c => new CountedHours(c.CompletedOn, c.Hours, c.IsLawAndEthics));

        return credentials
            .GroupBy(c => c.StaffMemberId)
            .Select(g => new WorkerCompliance(
                g.Key,
                names.GetValueOrDefault(g.Key, ""),
                requirements
                    .Select(r => (r.Rule, Credential: g.Where(c => c.Type == r.AppliesTo).OrderByDescending(c => c.IssuedOn).FirstOrDefault()))
                    .Where(x => x.Credential is not null)
                    .Select(x => ComplianceRules.Evaluate(
                        x.Rule, new HeldCredential(x.Credential!.IssuedOn, x.Credential.ExpiresOn), hours[(g.Key, x.Rule.Id)], today))
                    .ToList()))
            .OrderBy(w => w.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
