using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Referrals;

/// <summary>
/// Referral codes for every demo sign-in with a staff record; referrals credited to the demo worker (two in
/// process, one not moving forward), the supervisor and the admin; and a finished round of hiring on the
/// closed posting, with a dated move for every step, so the reports have a funnel, hires and time to fill.
/// </summary>
internal sealed class ReferralDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    /// <summary>The closed posting's round: who, how they heard, languages, the furthest progress step, and how it ended.</summary>
    private static readonly (string Name, HeardFrom Heard, string Languages, int Furthest, PhaseKind End, string? Referrer)[] Round =
    [
        ("Imelda Carrasco", HeardFrom.StaffReferral, "en,es", 5, PhaseKind.Hired, "coalition.admin@demo.test"),
        ("Terrence Waller", HeardFrom.CommunityBoard, "en", 5, PhaseKind.Hired, null),
        ("Nadia Rahimi", HeardFrom.LocalBusiness, "en,fa", 4, PhaseKind.NotSelected, null),
        ("Ofelia Santos", HeardFrom.WordOfMouth, "es", 1, PhaseKind.Withdrawn, null),
        ("Curtis Boyd", HeardFrom.JobSite, "en", 0, PhaseKind.NotSelected, null),
        ("Pao Xiong", HeardFrom.StaffReferral, "en,hmn", 2, PhaseKind.NotSelected, "worker@demo.test"),
    ];

    public int Order => 35;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                var staff = await db.Set<StaffMember>().Where(s => s.UserId != null && s.Status != EmploymentStatus.Separated)
                    .Select(s => new { s.Id, UserId = s.UserId!.Value }).ToListAsync(cancellationToken);
                if (staff.Count == 0)
                {
                    continue;
                }

                foreach (var person in staff)
                {
                    db.Add(new ReferralCode { StaffMemberId = person.Id, CreatedAt = now.AddDays(-60) });
                }

                Guid? StaffOf(string? email) =>
                    email is not null && demo.Users.TryGetValue(email, out var user) ? staff.FirstOrDefault(s => s.UserId == user)?.Id : null;

                var phases = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
                var postings = await db.Set<Posting>().ToListAsync(cancellationToken);
                if (phases.Count == 0 || postings.Count == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }

                var progress = phases.Where(p => p.Kind == PhaseKind.InProgress).ToList();
                var ending = phases.Where(p => p.Kind != PhaseKind.InProgress).ToDictionary(p => p.Kind);
                var admin = demo.Users["coalition.admin@demo.test"];
                var fallbackReferrer = staff[0].Id;

                // The closed posting ran its whole course: opened three months ago, two hires a month or more later.
                var closed = postings.FirstOrDefault(p => p.Status == PostingStatus.Closed);
                if (closed is not null)
                {
                    closed.CreatedAt = now.AddDays(-95);
                    closed.OpenedAt = now.AddDays(-90);
                    for (var i = 0; i < Round.Length; i++)
                    {
                        var (name, heard, languages, furthest, end, referrer) = Round[i];
                        var submitted = now.AddDays(-85 + i);
                        var application = Application(closed.Id, name, heard, languages, submitted, ending[end].Id);
                        application.ReferrerStaffId = heard == HeardFrom.StaffReferral ? StaffOf(referrer) ?? fallbackReferrer : null;
                        db.Add(application);
                        var at = submitted;
                        var from = progress[0].Id;
                        for (var step = 1; step <= furthest && step < progress.Count; step++)
                        {
                            at = at.AddDays(4 + i);
                            db.Add(Move(application.Id, from, progress[step].Id, at, admin, null));
                            from = progress[step].Id;
                        }

                        at = at.AddDays(3 + i);
                        db.Add(Move(application.Id, from, ending[end].Id, at, admin, end switch
                        {
                            PhaseKind.NotSelected => "Another candidate's experience fit the team better.",
                            PhaseKind.Withdrawn => "Took a job closer to home.",
                            _ => null,
                        }));
                    }
                }

                // Referrals on the open posting: the seeded candidates who said a staff member told them, and one more.
                var referred = await db.Set<JobApplication>().Where(a => a.HeardFrom == HeardFrom.StaffReferral && a.ReferrerStaffId == null)
                    .OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken);
                string?[] credit = ["supervisor@demo.test", "worker@demo.test"];
                for (var i = 0; i < referred.Count; i++)
                {
                    referred[i].ReferrerStaffId = StaffOf(credit[i % credit.Length]) ?? fallbackReferrer;
                }

                var chw = postings.FirstOrDefault(p => p.Status == PostingStatus.Open && p.Role == HiringRole.CommunityHealthWorker);
                if (chw is not null && progress.Count > 1)
                {
                    var submitted = now.AddDays(-6);
                    var ana = Application(chw.Id, "Ana Villalobos", HeardFrom.StaffReferral, "es,en,mix", submitted, progress[1].Id);
                    ana.ReferrerStaffId = StaffOf("worker@demo.test") ?? fallbackReferrer;
                    ana.Language = "es";
                    db.Add(ana);
                    db.Add(Move(ana.Id, progress[0].Id, progress[1].Id, submitted.AddDays(2), admin, null));
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    private static JobApplication Application(Guid postingId, string name, HeardFrom heard, string languages, DateTime submitted, Guid phaseId) => new()
    {
        PostingId = postingId,
        IdempotencyKey = Guid.NewGuid(),
        Name = name,
        Email = name.Split(' ')[0].ToLowerInvariant() + "@demo.test",
        HeardFrom = heard,
        Languages = languages,
        Availability = "Weekdays",
        StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
        SubmittedAt = submitted,
        PhaseId = phaseId,
    };

    private static PhaseMove Move(Guid applicationId, Guid from, Guid to, DateTime at, Guid by, string? reason) => new()
    {
        ApplicationId = applicationId,
        FromPhaseId = from,
        ToPhaseId = to,
        Reason = reason,
        MovedById = by,
        MovedBy = "Rosa Delgado",
        MovedAt = at,
    };
}
