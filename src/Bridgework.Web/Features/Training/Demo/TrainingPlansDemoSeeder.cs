using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training.Assignments;
using Bridgework.Web.Features.Training.Plans;
using Bridgework.Web.Features.Training.Reminders;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Demo;

/// <summary>
/// Onboarding and records on top of the catalog: the default plans in every demo coalition, plans in
/// progress for the workers hired in the last months, assignments due, overdue and done for the demo
/// worker, one outside training of hers waiting for the demo supervisor, one returned record, and
/// credentials near expiry and lapsed with the reminder that already went out.
/// </summary>
internal sealed class TrainingPlansDemoSeeder(AppDbContext db, ITenantContext tenant) : IDemoSeeder
{
    private static readonly JobFamily[] Onboarded = [JobFamily.CommunityHealthWorker, JobFamily.Promotora, JobFamily.PeerSupportSpecialist, JobFamily.CommunityHealthRepresentative];

    public int Order => 45;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                await SeedCoalitionAsync(demo, cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedCoalitionAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var today = demo.Today;
        var now = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(16, 0)), DateTimeKind.Utc);
        var courses = await db.Set<Course>().AsNoTracking().ToListAsync(cancellationToken);
        if (courses.Count == 0)
        {
            return;
        }

        var byTitle = courses.GroupBy(c => c.Title).ToDictionary(g => g.Key, g => g.First().Id);
        var plans = PlanDefaults.For(byTitle);
        db.AddRange(plans);

        // Plans in progress for the recent hires: what was due before today is done, the rest is open.
        var recent = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Status == EmploymentStatus.Active && s.HireDate != null && s.HireDate >= today.AddDays(-120) && Onboarded.Contains(s.JobFamily))
            .OrderBy(s => s.HireDate).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.JobFamily, HireDate = s.HireDate!.Value })
            .Take(12)
            .ToListAsync(cancellationToken);
        foreach (var (hire, n) in recent.Select((h, n) => (h, n)))
        {
            var family = hire.JobFamily == JobFamily.CommunityHealthRepresentative ? JobFamily.CommunityHealthWorker : hire.JobFamily;
            var plan = plans.First(p => p.JobFamily == family);
            foreach (var (item, k) in plan.Courses.OrderBy(c => c.DueAfterDays).Select((c, k) => (c, k)))
            {
                var dueOn = hire.HireDate.AddDays(item.DueAfterDays);
                db.Add(new TrainingAssignment { StaffMemberId = hire.Id, CourseId = item.CourseId, AssignedOn = hire.HireDate, DueOn = dueOn, PlanId = plan.Id, AssignedBy = plan.Name });
                // One in three leaves one past-due course open, so the lists show overdue work.
                if (dueOn < today && !(n % 3 == 0 && k == 1))
                {
                    Complete(hire.Id, courses.First(c => c.Id == item.CourseId), dueOn.AddDays(-3));
                }
            }
        }

        var workerUser = demo.Users.GetValueOrDefault("worker@demo.test");
        var supervisorUser = demo.Users.GetValueOrDefault("supervisor@demo.test");
        var worker = await db.Set<StaffMember>().AsNoTracking().Where(s => s.UserId == workerUser && workerUser != Guid.Empty)
            .Select(s => new { s.Id, s.SupervisorId }).FirstOrDefaultAsync(cancellationToken);
        var supervisorName = await db.Set<StaffMember>().AsNoTracking().Where(s => s.UserId == supervisorUser && supervisorUser != Guid.Empty)
            .Select(s => s.Email).FirstOrDefaultAsync(cancellationToken) ?? "supervisor@demo.test";
        if (worker is not null)
        {
            SeedDemoWorker(worker.Id, courses, byTitle, supervisorName, today, now);
        }

        // A returned record for someone else on a team, so the reason shows.
        var other = recent.FirstOrDefault(r => r.Id != worker?.Id);
        if (other is not null)
        {
            db.Add(new CompletionRecord
            {
                StaffMemberId = other.Id,
                Title = "Community Resource Fair volunteer orientation",
                Provider = "Fresno County Library",
                CompletedOn = today.AddDays(-20),
                Hours = 2m,
                RequirementId = null,
                EvidenceNote = "Orientation before the spring resource fair.",
                Source = CompletionSource.Outside,
                Approval = ApprovalStatus.Returned,
                RecordedAt = now.AddDays(-18),
                ReviewedBy = supervisorName,
                ReviewedAt = now.AddDays(-16),
                ReturnReason = "The certificate is missing. Please upload it or ask the library for a letter of attendance.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedDemoWorker(Guid me, List<Course> courses, Dictionary<string, Guid> byTitle, string supervisor, DateOnly today, DateTime now)
    {
        Course Of(string title) => courses.First(c => c.Id == byTitle[title]);
        void Assign(string title, int assignedDaysAgo, int dueInDays) => db.Add(new TrainingAssignment
        {
            StaffMemberId = me,
            CourseId = byTitle[title],
            AssignedOn = today.AddDays(-assignedDaysAgo),
            DueOn = today.AddDays(dueInDays),
            AssignedBy = supervisor,
        });

        // Due: a session she signed up for, and a self-paced course she can mark done from her phone.
        Assign("Vicarious Trauma and Resilience", 10, 20);
        Assign("Harm Reduction Basics", 10, 30);
        // Overdue: one course.
        Assign("Documentation for Medi-Cal CHW Services", 60, -5);
        // Done: attended after it was assigned.
        Assign("Trauma-Informed Relationships", 50, -10);
        Complete(me, Of("Trauma-Informed Relationships"), today.AddDays(-25));

        // Outside training waiting for her supervisor; its 3 hours would make her compliant.
        var chw = courses.Select(c => c.RequirementId).FirstOrDefault(r => r is not null && courses.Any(x => x.RequirementId == r && x.Title == "Documentation for Medi-Cal CHW Services"));
        db.Add(new CompletionRecord
        {
            StaffMemberId = me,
            Title = "Diabetes Prevention Lifestyle Coach Refresher",
            Provider = "Central Valley Health Network",
            CompletedOn = today.AddDays(-6),
            Hours = 3m,
            RequirementId = chw,
            EvidenceNote = "Refresher for the diabetes prevention program; certificate on file with the provider.",
            Source = CompletionSource.Outside,
            Approval = ApprovalStatus.Pending,
            RecordedAt = now.AddDays(-5),
        });

        // Credentials near expiry and lapsed, with the reminder that went out at 90 days.
        var cpr = new Credential { StaffMemberId = me, Type = CredentialType.Other, Name = "CPR and First Aid", Issuer = "American Red Cross", IssuedOn = today.AddDays(45).AddYears(-2), ExpiresOn = today.AddDays(45) };
        db.Add(cpr);
        db.Add(new Credential { StaffMemberId = me, Type = CredentialType.Other, Name = "Food Handler Card", Issuer = "California Food Handler program", IssuedOn = today.AddDays(-12).AddYears(-3), ExpiresOn = today.AddDays(-12) });
        db.Add(new TrainingReminder
        {
            StaffMemberId = me,
            Subject = $"credential:{cpr.Id:N}:{cpr.ExpiresOn:yyyyMMdd}",
            DaysBefore = 90,
            DueOn = cpr.ExpiresOn!.Value,
            SentAt = now.AddDays(-40),
            SentTo = "worker@demo.test, " + supervisor,
        });
    }

    private void Complete(Guid staffId, Course course, DateOnly on) => db.Add(new CompletionRecord
    {
        StaffMemberId = staffId,
        CourseId = course.Id,
        Title = course.Title,
        CompletedOn = on,
        Hours = course.Hours,
        RequirementId = course.RequirementId,
        IsLawAndEthics = course.IsLawAndEthics,
        EvidenceNote = "Attendance taken at the session.",
    });
}
