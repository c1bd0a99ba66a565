using System.Globalization;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Jobs;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Mail;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Reminders;

/// <summary>
/// Each morning, for one coalition: mails a worker and their supervisor when a credential expires, or a
/// continuing-education period ends short of hours, in 90, 60 or 30 days. Each step of each deadline is
/// sent once: what went out is recorded before any mail leaves, and a day missed is caught up with the
/// step that applies now (not with every step skipped). Each reader gets it in the language their account reads.
/// </summary>
public sealed class SendTrainingReminders(
    AppDbContext db, TrainingCompliance compliance, IMailer mailer, TimeProvider clock, IStringLocalizer<TrainingText> text, ILogger<SendTrainingReminders> log)
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
            () => text["{0} expires on {1}", c.Name, c.ExpiresOn.ToString("D", CultureInfo.CurrentCulture)],
            () => text["Renew it before then, and upload the new certificate in Bridgework under Training, Credentials."])));

        var standings = await compliance.ForAsync(active, cancellationToken);
        foreach (var worker in standings)
        {
            foreach (var s in worker.Standings.Where(s => s.Requirement.Hours > 0 && (s.HoursShort > 0 || s.LawAndEthicsShort > 0)
                && s.Status != ComplianceStatus.Lapsed && s.PeriodEnd >= today && s.PeriodEnd <= horizon))
            {
                var standing = s;
                due.Add(new Due(
                    worker.StaffId, $"requirement:{s.Requirement.Id:N}:{s.PeriodEnd:yyyyMMdd}", s.PeriodEnd,
                    () => text["{0}: the period ends on {1}", standing.Requirement.Name, standing.PeriodEnd.ToString("D", CultureInfo.CurrentCulture)],
                    () => standing.LawAndEthicsShort > 0
                        ? text["{0} hours still to do, {1} of them in law and ethics. Find a session or record outside training in Bridgework under Training.", TrainingLabels.Hours(standing.HoursShort), TrainingLabels.Hours(standing.LawAndEthicsShort)]
                        : text["{0} hours still to do. Find a session or record outside training in Bridgework under Training.", TrainingLabels.Hours(standing.HoursShort)]));
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
                Culture = db.Set<AppUser>().Where(u => u.Id == s.UserId).Select(u => u.PreferredCulture).FirstOrDefault(),
                Supervisor = db.Set<StaffMember>().Where(v => v.Id == s.SupervisorId)
                    .Select(v => new { v.Email, Culture = db.Set<AppUser>().Where(u => u.Id == v.UserId).Select(u => u.PreferredCulture).FirstOrDefault() })
                    .FirstOrDefault(),
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

            var to = new[] { (person.Email, person.Culture), (person.Supervisor?.Email, person.Supervisor?.Culture) }
                .Where(r => !string.IsNullOrWhiteSpace(r.Item1))
                .DistinctBy(r => r.Item1!.ToUpperInvariant())
                .ToList();
            db.Add(new TrainingReminder
            {
                StaffMemberId = d.StaffId,
                Subject = d.Subject,
                DaysBefore = step,
                DueOn = d.On,
                SentAt = now,
                SentTo = to.Count == 0 ? null : string.Join(", ", to.Select(r => r.Item1)),
            });
            foreach (var (address, culture) in to)
            {
                using var scope = CultureScope.For(culture);
                var what = d.What();
                var body = string.Join("\n\n",
                    text["Hello,"],
                    text["This is a reminder about {0}’s training, {1} days ahead.", person.Name, d.On.DayNumber - today.DayNumber],
                    $"{what}.\n{d.Todo()}",
                    text["You receive this because you are {0} or their supervisor. Reminders come 90, 60 and 30 days before.", person.Name]);
                outgoing.Add(new OutgoingMail(address!, text["Training reminder for {0}: {1}", person.Name, what], body));
            }
        }

        // Recorded first: a failure after this point loses a reminder rather than sending one twice.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var mail in outgoing)
        {
            await mailer.SendAsync(mail, cancellationToken);
        }

        log.LogInformation("Training reminders: {Count} mails sent", outgoing.Count);
    }

    // The wording is made per reader, in their language, hence functions rather than strings.
    private sealed record Due(Guid StaffId, string Subject, DateOnly On, Func<string> What, Func<string> Todo);
}
