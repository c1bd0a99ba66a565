using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training.Feedback;
using Bridgework.Web.Features.Training.Growth;
using Bridgework.Web.Features.Training.Sessions;
using Bridgework.Web.Features.Training.Supervision;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Demo;

/// <summary>
/// The growth share of the demo network, for every demo coalition: 1:1 supervision (regular and reflective)
/// with open actions between the first team's supervisor and a worker (supervisor@demo.test and
/// worker@demo.test in the first coalition), upward feedback for that supervisor from enough of the team to
/// be shown and for another supervisor from too few, ratings of a past session, and workers' own
/// competency ratings. Supervisors' ratings are left as the Training seeder made them: Careers counts on
/// the demo worker's communication being one level short.
/// </summary>
internal sealed class GrowthDemoSeeder(AppDbContext db, ITenantContext tenant) : IDemoSeeder
{
    private static readonly string[] Comments =
    [
        "Always makes time for check-ins, even on busy days.",
        "Helped me think through a hard home visit without judging me.",
        "I would like more time for case review in team meetings.",
        "Listens to what I know from my own life and uses it.",
        "Reminds us to take breaks after hard calls.",
    ];

    public int Order => 46;

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
        var now = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc);
        var workerUser = demo.Users.GetValueOrDefault("worker@demo.test");
        var teams = await db.Set<Team>().AsNoTracking()
            .Where(t => !t.IsArchived && t.SupervisorId != null)
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                Supervisor = t.SupervisorId!.Value,
                Members = db.Set<TeamMember>().Where(m => m.TeamId == t.Id)
                    .Join(db.Set<StaffMember>().Where(s => s.Status != EmploymentStatus.Separated && s.JobFamily != JobFamily.ClinicalTeamMember),
                        m => m.StaffMemberId, s => s.Id, (m, s) => new { s.Id, s.UserId, s.LegalLastName })
                    .OrderBy(s => s.LegalLastName).ThenBy(s => s.Id)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        teams = teams.Where(t => t.Members.Count > 0).ToList();
        if (teams.Count == 0)
        {
            return;
        }

        // The demo pair where the demo sign-ins live, otherwise the first team's supervisor and first worker.
        var main = teams.FirstOrDefault(t => t.Members.Any(m => workerUser != Guid.Empty && m.UserId == workerUser)) ?? teams[0];
        var supervisor = main.Supervisor;
        var worker = main.Members.FirstOrDefault(m => workerUser != Guid.Empty && m.UserId == workerUser)?.Id ?? main.Members[0].Id;
        var others = main.Members.Where(m => m.Id != worker).Select(m => m.Id).ToList();

        SeedMeetings(today, now, supervisor, worker, others);

        var quarter = Quarter.Of(today);
        Feedback(supervisor, others.Take(6).ToList(), quarter, 0);
        Feedback(supervisor, others.Skip(1).Take(5).ToList(), quarter.Previous, 1);
        if (teams.FirstOrDefault(t => t.Supervisor != supervisor) is { } second)
        {
            Feedback(second.Supervisor, second.Members.Select(m => m.Id).Take(3).ToList(), quarter, 2);
        }

        await SeedEvaluationsAsync(now, cancellationToken);
        await SeedSelfRatingsAsync(demo, today, now, worker, others.Take(4).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedMeetings(DateOnly today, DateTime now, Guid supervisor, Guid worker, List<Guid> others)
    {
        var first = new SupervisionMeeting
        {
            StaffMemberId = worker,
            SupervisorStaffId = supervisor,
            HeldOn = today.AddDays(-42),
            Type = MeetingType.Regular,
            Strengths = "Builds trust quickly with Spanish- and Mixteco-speaking families; clear, warm notes.",
            GrowthAreas = "Closing the loop on referrals within a week; asking for help earlier on complex cases.",
            RecordedAt = now.AddDays(-42),
        };
        var second = new SupervisionMeeting
        {
            StaffMemberId = worker,
            SupervisorStaffId = supervisor,
            HeldOn = today.AddDays(-14),
            Type = MeetingType.Reflective,
            Strengths = "Stayed steady with a client in crisis and got them to urgent care.",
            GrowthAreas = "Setting limits on after-hours texts from clients.",
            RecordedAt = now.AddDays(-14),
        };
        db.AddRange(first, second);
        second.Notes.AddRange(
        [
            new ReflectiveNote { MeetingId = second.Id, Area = RelateArea.Relationship, Note = "Feels close to the family; worries about letting them down." },
            new ReflectiveNote { MeetingId = second.Id, Area = RelateArea.Emotion, Note = "Tired after the crisis visit; slept badly for two nights." },
            new ReflectiveNote { MeetingId = second.Id, Area = RelateArea.LimitsAndBoundaries, Note = "Agreed not to answer client texts after 6 pm; use the on-call line." },
            new ReflectiveNote { MeetingId = second.Id, Area = RelateArea.Teamwork, Note = "Would like the nurse care manager to join the next home visit." },
        ]);
        var done = new SupervisionAction { MeetingId = first.Id, StaffMemberId = worker, Text = "Follow up on the three open food bank referrals", Owner = ActionOwner.Worker, DueOn = today.AddDays(-35) };
        done.Close(second.Id, second.HeldOn);
        db.AddRange(
            done,
            new SupervisionAction { MeetingId = second.Id, StaffMemberId = worker, Text = "Set an out-of-office message for texts after 6 pm", Owner = ActionOwner.Worker, DueOn = today.AddDays(5) },
            new SupervisionAction { MeetingId = second.Id, StaffMemberId = worker, Text = "Ask the nurse care manager to join the next home visit", Owner = ActionOwner.Supervisor, DueOn = today.AddDays(-2) },
            new SupervisionAction { MeetingId = first.Id, StaffMemberId = worker, Text = "Sign up for Vicarious Trauma and Resilience", Owner = ActionOwner.Worker, DueOn = today.AddDays(20) });

        // A regular 1:1 with a few others of the team, one with an action coming due.
        foreach (var (person, i) in others.Take(3).Select((p, i) => (p, i)))
        {
            var meeting = new SupervisionMeeting
            {
                StaffMemberId = person,
                SupervisorStaffId = supervisor,
                HeldOn = today.AddDays(-7 - (i * 5)),
                Type = MeetingType.Regular,
                Strengths = "Reliable outreach; good rapport at the clinic front desk.",
                GrowthAreas = "Documentation on the same day as the visit.",
                RecordedAt = now.AddDays(-7 - (i * 5)),
            };
            db.Add(meeting);
            db.Add(new SupervisionAction { MeetingId = meeting.Id, StaffMemberId = person, Text = "Finish last week's visit notes", Owner = ActionOwner.Worker, DueOn = today.AddDays(i * 4) });
        }
    }

    private void Feedback(Guid supervisor, List<Guid> workers, Quarter quarter, int offset)
    {
        for (var i = 0; i < workers.Count; i++)
        {
            db.Add(new FeedbackReceipt { StaffMemberId = workers[i], SupervisorStaffId = supervisor, Year = quarter.Year, Quarter = quarter.Number });
            db.Add(new SupervisionFeedback
            {
                SupervisorStaffId = supervisor,
                Year = quarter.Year,
                Quarter = quarter.Number,
                MakesTime = 3 + ((i + offset) % 3),
                HardCases = 4 + ((i + offset) % 2),
                LivedExperience = 5 - ((i + offset) % 2),
                Wellbeing = 3 + ((i + offset + 1) % 3),
                Comment = i < Comments.Length ? Comments[(i + offset) % Comments.Length] : null,
            });
        }
    }

    /// <summary>
    /// The past session's attendees rate it. The demo worker is not added to it: her hours are set by the plans
    /// demo to leave her one course short of compliant, which the end-to-end journey starts from.
    /// </summary>
    private async Task SeedEvaluationsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var held = await db.Set<TrainingSession>().AsNoTracking()
            .Where(s => s.AttendanceTakenAt != null)
            .OrderByDescending(s => s.Date)
            .FirstOrDefaultAsync(cancellationToken);
        if (held is null)
        {
            return;
        }

        var attended = await db.Set<SessionSignUp>().AsNoTracking()
            .Where(u => u.SessionId == held.Id && u.Attended)
            .OrderBy(u => u.SignedUpAt)
            .Select(u => u.StaffMemberId)
            .ToListAsync(cancellationToken);
        string?[] comments = ["Practical and kind. The breathing exercise helps.", null, "I want a follow-up session in Spanish.", "Good, but too short for the topic.", null];
        for (var i = 0; i < attended.Count; i++)
        {
            db.Add(new SessionEvaluation
            {
                SessionId = held.Id,
                CourseId = held.CourseId,
                StaffMemberId = attended[i],
                Useful = 5 - (i % 2),
                Recommend = 4 + (i % 2),
                Comment = comments[i % comments.Length],
                RecordedAt = now.AddDays(-13),
            });
        }
    }

    /// <summary>Workers' own ratings: the demo worker rates every skill, a few others some.</summary>
    private async Task SeedSelfRatingsAsync(DemoContext demo, DateOnly today, DateTime now, Guid worker, List<Guid> others, CancellationToken cancellationToken)
    {
        var framework = await db.Set<Competency>().AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(cancellationToken);
        var assessor = await db.Set<StaffMember>().Where(s => s.Id == worker).Select(s => s.UserId).FirstOrDefaultAsync(cancellationToken) ?? Guid.Empty;
        for (var k = 0; k < framework.Count; k++)
        {
            db.Add(new CompetencyAssessment
            {
                StaffMemberId = worker,
                CompetencyId = framework[k],
                By = AssessedBy.Self,
                Level = (Proficiency)((k + 1) % 3),
                AssessedOn = today.AddDays(-20),
                AssessorUserId = assessor,
                RecordedAt = now.AddDays(-20),
            });
        }

        foreach (var (person, i) in others.Select((p, i) => (p, i)))
        {
            foreach (var k in Enumerable.Range(0, Math.Min(4, framework.Count)))
            {
                db.Add(new CompetencyAssessment
                {
                    StaffMemberId = person,
                    CompetencyId = framework[k],
                    By = AssessedBy.Self,
                    Level = (Proficiency)((i + k + 1) % 4),
                    AssessedOn = today.AddDays(-10 - i),
                    AssessorUserId = demo.Users.GetValueOrDefault("worker@demo.test"),
                    RecordedAt = now.AddDays(-10 - i),
                });
            }
        }
    }
}
