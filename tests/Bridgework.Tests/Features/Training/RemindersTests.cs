using Bridgework.Tests.Support;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Training.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Training;

/// <summary>The reminder job on the fake clock, which only moves forward: every date is relative to where it stands.</summary>
public sealed class RemindersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private void MoveTo(DateOnly day) => app.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));

    private async Task<List<string>> MailAboutAsync(TrainingTeam t)
    {
        var (worker, supervisor) = await t.Coalition.DbAsync(async db =>
        {
            var w = await db.Set<Bridgework.Web.Features.People.StaffMember>().Where(s => s.Id == t.WorkerStaff).Select(s => s.Email).FirstAsync();
            var s = await db.Set<Bridgework.Web.Features.People.StaffMember>().Where(s => s.Id == t.SupervisorStaff).Select(s => s.Email).FirstAsync();
            return (w!, s!);
        });
        return app.Mail().Where(m => m.Contains(worker, StringComparison.OrdinalIgnoreCase) || m.Contains(supervisor, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    [Fact]
    public async Task A_credential_expiring_brings_mail_to_worker_and_supervisor_at_90_60_and_30_days_and_never_twice()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var expires = Today.AddDays(100);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.MentalHealthFirstAid, expires.AddYears(-3), expires);

        await app.RunJobAsync<SendTrainingReminders>();
        Assert.Empty(await MailAboutAsync(t));

        MoveTo(expires.AddDays(-90));
        await app.RunJobAsync<SendTrainingReminders>();
        var first = await MailAboutAsync(t);
        Assert.Equal(2, first.Count);
        Assert.All(first, m => Assert.Contains("Mental Health First Aid expires on", m));

        // The same day again, and the next day: nothing more.
        await app.RunJobAsync<SendTrainingReminders>();
        MoveTo(expires.AddDays(-89));
        await app.RunJobAsync<SendTrainingReminders>();
        Assert.Equal(2, (await MailAboutAsync(t)).Count);

        MoveTo(expires.AddDays(-60));
        await app.RunJobAsync<SendTrainingReminders>();
        await app.RunJobAsync<SendTrainingReminders>();
        Assert.Equal(4, (await MailAboutAsync(t)).Count);

        // The 30-day morning was missed: the next run catches up with that step, once.
        MoveTo(expires.AddDays(-28));
        await app.RunJobAsync<SendTrainingReminders>();
        MoveTo(expires.AddDays(-27));
        await app.RunJobAsync<SendTrainingReminders>();
        Assert.Equal(6, (await MailAboutAsync(t)).Count);

        var steps = await t.Coalition.DbAsync(db => db.Set<TrainingReminder>().OrderByDescending(r => r.DaysBefore).Select(r => r.DaysBefore).ToListAsync());
        Assert.Equal([90, 60, 30], steps);
    }

    [Fact]
    public async Task Each_reader_gets_the_reminder_in_the_language_their_account_reads()
    {
        var t = await TrainingTeam.CreateAsync(app);
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Bridgework.Web.Platform.Security.AppUser>>();
            var worker = await users.FindByIdAsync(t.Worker.Id.ToString());
            worker!.PreferredCulture = "es";
            await users.UpdateAsync(worker);
            return 0;
        });
        var expires = Today.AddDays(90);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.MentalHealthFirstAid, expires.AddYears(-3), expires);

        await app.RunJobAsync<SendTrainingReminders>();

        var mail = await MailAboutAsync(t);
        Assert.Equal(2, mail.Count);
        Assert.Single(mail, m => m.Contains("Mental Health First Aid vence el", StringComparison.Ordinal) && m.Contains("Recibe este mensaje", StringComparison.Ordinal));
        Assert.Single(mail, m => m.Contains("Mental Health First Aid expires on", StringComparison.Ordinal) && m.Contains("You receive this", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_ending_short_of_hours_brings_a_reminder_and_a_renewed_credential_or_enough_hours_bring_none()
    {
        var t = await TrainingTeam.CreateAsync(app);
        var requirements = t.Requirements;
        // A two-year peer certification whose cycle ends in 59 days, with 8 of 20 hours done.
        var issued = Today.AddDays(60).AddYears(-2);
        await t.Coalition.AddCredentialAsync(t.WorkerStaff, CredentialType.PeerSupportSpecialist, issued);
        await t.Coalition.AddHoursAsync(t.WorkerStaff, requirements[CredentialType.PeerSupportSpecialist], issued.AddDays(100), 8m);
        // Someone whose old credential expires soon but who already recorded the renewal.
        var renewed = await t.Coalition.AddCredentialAsync(t.SupervisorStaff, CredentialType.MentalHealthFirstAid, Today.AddYears(-3).AddDays(20), Today.AddDays(20));
        await t.Coalition.AddCredentialAsync(t.SupervisorStaff, CredentialType.MentalHealthFirstAid, Today.AddDays(-5), Today.AddYears(3));

        await app.RunJobAsync<SendTrainingReminders>();

        var mail = await MailAboutAsync(t);
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Contains("Peer support specialist renewal: the period ends on", m));
        Assert.All(mail, m => Assert.Contains("12 hours still to do, 6 of them in law and ethics", m));
        Assert.False(await t.Coalition.DbAsync(db => db.Set<TrainingReminder>().AnyAsync(r => r.Subject.Contains(renewed.ToString("N")))));
    }
}
