using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Offers;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.Hiring.Retention;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.Hiring.Offers;

public sealed class RetentionTests(OffersTestApp app) : IClassFixture<OffersTestApp>
{
    [Fact]
    public async Task The_purge_removes_only_old_records_of_candidates_not_hired_with_their_history_and_files_and_logs_counts_per_posting()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var organization = await coalition.OrganizationAsync("Valle Central Health System");
        var posting = await coalition.PostingAsync(organization);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var phases = await coalition.DbAsync(async db =>
        {
            await PipelinePhase.EnsureAsync(db, CancellationToken.None);
            return await db.Set<PipelinePhase>().ToDictionaryAsync(p => p.Kind == PhaseKind.InProgress ? p.Name : p.Kind.ToString(), p => p.Id);
        });
        var resume = "resume-" + Guid.NewGuid().ToString("N") + ".pdf";
        var oldNotSelected = await AddAsync(coalition, posting, "Old Not Selected", now.AddYears(-5), phases["NotSelected"], movedAt: now.AddYears(-5).AddDays(10), resume: resume, withOffer: true);
        var oldWithdrawn = await AddAsync(coalition, posting, "Old Withdrawn", now.AddYears(-6), phases["Withdrawn"]);
        var oldButActive = await AddAsync(coalition, posting, "Old But Moved Lately", now.AddYears(-5), phases["NotSelected"], movedAt: now.AddYears(-1));
        var recent = await AddAsync(coalition, posting, "Recent Not Selected", now.AddYears(-1), phases["NotSelected"]);
        var oldHired = await AddAsync(coalition, posting, "Old Hired", now.AddYears(-6), phases["Hired"], hired: organization);
        var file = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ResumeFiles>().PathOf(coalition.Id, resume)));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "%PDF-1.7");
        var other = await TestCoalition.CreateAsync(app);
        var otherPosting = await other.PostingAsync(await other.OrganizationAsync("Elsewhere Health"));
        var otherOld = await AddAsync(other, otherPosting, "Other Coalition Old", now.AddYears(-5), await other.DbAsync(async db =>
        {
            await PipelinePhase.EnsureAsync(db, CancellationToken.None);
            return await db.Set<PipelinePhase>().Where(p => p.Kind == PhaseKind.NotSelected).Select(p => p.Id).SingleAsync();
        }));
        await other.DbAsync(async db =>
        {
            db.Add(new HiringSettings { RetentionYears = 10 });
            return await db.SaveChangesAsync();
        });

        var failed = await app.RunJobAsync<PurgeOldCandidates>();
        var logsAfterFirst = app.Logs.All;
        await app.RunJobAsync<PurgeOldCandidates>();

        Assert.Equal(0, failed);
        var left = await coalition.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).ToListAsync());
        Assert.DoesNotContain(oldNotSelected, left);
        Assert.DoesNotContain(oldWithdrawn, left);
        Assert.Contains(oldButActive, left);
        Assert.Contains(recent, left);
        Assert.Contains(oldHired, left);
        Assert.Contains(otherOld, await other.DbAsync(db => db.Set<JobApplication>().Select(a => a.Id).ToListAsync()));
        Assert.False(await coalition.DbAsync(db => db.Set<PhaseMove>().AnyAsync(m => m.ApplicationId == oldNotSelected)));
        Assert.False(await coalition.DbAsync(db => db.Set<Offer>().AnyAsync(o => o.ApplicationId == oldNotSelected)));
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<OfferStep>().CountAsync()));
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync()));
        Assert.False(File.Exists(file));

        var line = Assert.Single(app.Logs.Lines, l => l.Contains($"PostingId={posting.Id}", StringComparison.Ordinal) && l.Contains("Retention removed", StringComparison.Ordinal));
        Assert.Contains("Count=2", line);
        Assert.DoesNotContain("Old Not Selected", logsAfterFirst);
        Assert.DoesNotContain("old.not.selected", logsAfterFirst);
        var audit = await coalition.DbAsync(db => db.Set<AuditEntry>().Where(e => e.Entity == nameof(JobApplication) && e.Action == AuditAction.Deleted).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(posting.Id, entry.EntityId);
        Assert.Contains("\"To\":\"2\"", entry.Changes);
    }

    private static Task<Guid> AddAsync(
        TestCoalition coalition, Posting posting, string name, DateTime submitted, Guid phase,
        DateTime? movedAt = null, string? resume = null, bool withOffer = false, Guid? hired = null) =>
        coalition.DbAsync(async db =>
        {
            var application = new JobApplication
            {
                PostingId = posting.Id,
                IdempotencyKey = Guid.NewGuid(),
                Name = name,
                Email = name.ToLowerInvariant().Replace(' ', '.') + "@example.org",
                Availability = "Weekdays",
                StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
                SubmittedAt = submitted,
                PhaseId = phase,
                ResumeFileName = resume is null ? null : "cv.pdf",
                ResumeStoredName = resume,
            };
            db.Add(application);
            if (movedAt is { } at)
            {
                db.Add(new PhaseMove { ApplicationId = application.Id, ToPhaseId = phase, MovedBy = "Admin", MovedAt = at });
            }

            if (withOffer || hired is not null)
            {
                StaffMember? staff = null;
                if (hired is { } organization)
                {
                    staff = new StaffMember { LegalFirstName = "Old", LegalLastName = "Hired", OrganizationId = organization };
                    db.Add(staff);
                }

                var offer = new Offer { ApplicationId = application.Id, Position = "CHW", OfferText = "Offer", MadeAt = submitted.AddDays(20), StaffMemberId = staff?.Id };
                db.Add(offer);
                db.Add(offer.Step(OfferStepKind.OfferMade, null, "Admin", submitted.AddDays(20)));
            }

            await db.SaveChangesAsync();
            return application.Id;
        });
}
