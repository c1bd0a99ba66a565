using System.Globalization;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Jobs;
using Bridgework.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Reminders;

/// <summary>
/// Each morning, for one coalition: mails a worker and their supervisor when a credential expires, or a
/// continuing-education period ends short of hours, in 90, 60 or 30 days. Each step of each deadline is
/// sent once: what went out is recorded before any mail leaves, and a day missed is caught up with the
/// step that applies now (not with every step skipped).
/// </summary>
public sealed class SendTrainingReminders(AppDbContext db, TrainingCompliance compliance, IMailer mailer, TimeProvider clock, ILogger<SendTrainingReminders> log)
    : ICoalitionWork
{
    public static readonly int[] Steps = [90, 60, 30];

    /// <summary>The step a deadline <paramref name="daysLeft"/> away falls in: 90 for 61–90 days, 60 for 31–60, 30 for 0–30; null otherwise.</summary>
    public static int? StepFor(int daysLeft) =>
        daysLeft < 0 || daysLeft > Steps.Max() ? null : Steps.Where(s => daysLeft <= s).Min();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = compliance.Today;
        var horizon = today.AddDays(Steps.Max());
        var due = new List<Due>();

        var active = db.Set<StaffMember>().Where(s => s.Status != EmploymentStatus.Separated);
        var credentials = db.Set<Credential>();
        var expiring = await credentials.AsNoTracking()
            .Where(c => c.ExpiresOn != null && c.ExpiresOn >= today && c.ExpiresOn <= horizon
                && active.Any(s => s.Id == c.StaffMemberId)
                // A renewal on record (a later credential of the same type) means nobody is short.
                && !credentials.Any(n => n.StaffMemberId == c.StaffMemberId && n.Type == c.Type && n.Id != c.Id && (n.ExpiresOn == null || n.ExpiresOn > c.ExpiresOn)))
            .Select(c => new { c.Id, c.StaffMemberId, c.Name, ExpiresOn = c.ExpiresOn!.Value })
            .ToListAsync(cancellationToken);
        due.AddRange(expiring.Select(c => new Due(
            c.StaffMemberId, $"credential:{c.Id:N}:{c.ExpiresOn:yyyyMMdd}", c.ExpiresOn,
            $"{c.Name} expires on {c.ExpiresOn.ToString("D", CultureInfo.InvariantCulture)}",
            "Renew it before then, and upload the new certificate in Bridgework under Training, Credentials.")));

        var standings = await compliance.ForAsync(active, cancellationToken);
        foreach (var worker in standings)
        {
            foreach (var s in worker.Standings.Where(s => s.Requirement.Hours > 0 && (s.HoursShort > 0 || s.LawAndEthicsShort > 0)
                && s.Status != ComplianceStatus.Lapsed && s.PeriodEnd >= today && s.PeriodEnd <= horizon))
            {
                var still = s.LawAndEthicsShort > 0
                    ? $"{TrainingLabels.Hours(s.HoursShort)} hours still to do, {TrainingLabels.Hours(s.LawAndEthicsShort)} of them in law and ethics"
                    : $"{TrainingLabels.Hours(s.HoursShort)} hours still to do";
                due.Add(new Due(
                    worker.StaffId, $"requirement:{s.Requirement.Id:N}:{s.PeriodEnd:yyyyMMdd}", s.PeriodEnd,
                    $"{s.Requirement.Name}: the period ends on {s.PeriodEnd.ToString("D", CultureInfo.InvariantCulture)}",
                    $"{still}. Find a session or record outside training in Bridgework under Training."));
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        var staffIds = due.Select(d => d.StaffId).Distinct().ToList();
        var sent = (await db.Set<TrainingReminder>().AsNoTracking()
            .Where(r => staffIds.Contains(r.StaffMemberId) && r.DueOn >= today)
            .Select(r => new { r.StaffMemberId, r.Subject, r.DaysBefore })
            .ToListAsync(cancellationToken))
            .Select(r => (r.StaffMemberId, r.Subject, r.DaysBefore)).ToHashSet();
        var people = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => staffIds.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                s.Email,
                SupervisorEmail = db.Set<StaffMember>().Where(v => v.Id == s.SupervisorId).Select(v => v.Email).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var outgoing = new List<OutgoingMail>();
        foreach (var d in due)
        {
            var step = StepFor(d.On.DayNumber - today.DayNumber)!.Value;
            if (!sent.Add((d.StaffId, d.Subject, step)) || !people.TryGetValue(d.StaffId, out var person))
            {
                continue;
            }

            var to = new[] { person.Email, person.SupervisorEmail }.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            db.Add(new TrainingReminder
            {
                StaffMemberId = d.StaffId,
                Subject = d.Subject,
                DaysBefore = step,
                DueOn = d.On,
                SentAt = now,
                SentTo = to.Count == 0 ? null : string.Join(", ", to),
            });
            var body = $"""
                Hello,

                This is a reminder about {person.Name}'s training, {d.On.DayNumber - today.DayNumber} days ahead.

                {d.What}.
                {d.Todo}

                You receive this because you are {person.Name} or their supervisor. Reminders come 90, 60 and 30 days before.
                """;
            outgoing.AddRange(to.Select(address => new OutgoingMail(address!, $"Training reminder for {person.Name}: {d.What}", body)));
        }

        // Recorded first: a failure after this point loses a reminder rather than sending one twice.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var mail in outgoing)
        {
            await mailer.SendAsync(mail, cancellationToken);
        }

        log.LogInformation("Training reminders: {Count} mails sent", outgoing.Count);
    }

    private sealed record Due(Guid StaffId, string Subject, DateOnly On, string What, string Todo);
}
