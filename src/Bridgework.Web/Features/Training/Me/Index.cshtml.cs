using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Me;

/// <summary>A worker's own training: where they stand on each requirement, their credentials and what they completed.</summary>
public sealed class IndexModel(AppDbContext db, TrainingCompliance compliance) : PageModel
{
    public const int Recent = 50;

    public bool HasStaffRecord { get; private set; }

    public IReadOnlyList<RequirementStanding> Standings { get; private set; } = [];

    public IReadOnlyList<CredentialRow> Credentials { get; private set; } = [];

    public IReadOnlyList<CompletionRow> Completions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SessionRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<Assignments.AssignmentRow> Assigned { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = compliance.Today;
        var userId = User.UserId();
        var me = userId is null
            ? null
            : await db.Set<StaffMember>().AsNoTracking().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (me is not { } staffId)
        {
            return;
        }

        HasStaffRecord = true;
        Assigned = await Assignments.AssignmentQuery.Rows(db, db.Set<Assignments.TrainingAssignment>().AsNoTracking().Where(a => a.StaffMemberId == staffId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Course)
            .Take(100)
            .ToListAsync(cancellationToken);
        Standings = (await compliance.ForStaffAsync(staffId, cancellationToken)).SelectMany(w => w.Standings)
            .OrderByDescending(s => s.Status).ThenBy(s => s.PeriodEnd).ToList();
        Upcoming = await db.Set<SessionSignUp>().AsNoTracking()
            .Where(u => u.StaffMemberId == staffId)
            .Join(db.Set<TrainingSession>().Where(x => x.Date >= Today), u => u.SessionId, x => x.Id, (u, x) => x)
            .Join(db.Set<Course>(), x => x.CourseId, c => c.Id, (x, c) => new { x.Id, c.Title, x.Date, x.StartTime })
            .OrderBy(x => x.Date).ThenBy(x => x.StartTime)
            .Take(10)
            .Select(x => new SessionRow(x.Id, x.Title, x.Date, x.StartTime))
            .ToListAsync(cancellationToken);
        Credentials = await db.Set<Credential>().AsNoTracking()
            .Where(c => c.StaffMemberId == staffId)
            .OrderBy(c => c.ExpiresOn == null).ThenBy(c => c.ExpiresOn).ThenBy(c => c.Name)
            .Select(c => new CredentialRow(c.Name, c.Type, c.IssuedOn, c.ExpiresOn))
            .Take(100)
            .ToListAsync(cancellationToken);
        Completions = await db.Set<CompletionRecord>().AsNoTracking()
            .Where(c => c.StaffMemberId == staffId)
            .OrderByDescending(c => c.CompletedOn).ThenBy(c => c.Title)
            .Select(c => new CompletionRow(
                c.Title, c.CompletedOn, c.Hours,
                db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault(),
                c.IsLawAndEthics, c.Id, c.Approval, c.ReturnReason))
            .Take(Recent)
            .ToListAsync(cancellationToken);
    }

    public sealed record SessionRow(Guid Id, string Course, DateOnly Date, TimeOnly Start);

    public sealed record CredentialRow(string Name, CredentialType Type, DateOnly IssuedOn, DateOnly? ExpiresOn);

    public sealed record CompletionRow(
        string Title, DateOnly CompletedOn, decimal Hours, string? Requirement, bool IsLawAndEthics, Guid Id, ApprovalStatus Approval, string? ReturnReason);
}
