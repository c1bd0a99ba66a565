using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>
/// Offers in the demo network. It runs before Careers (30) so the people hired here are placed on ladders like
/// everyone else. Each coalition gets its hiring settings with California's state holidays, two past cohorts
/// with hires over the last two years (how each heard of the job kept), candidates not selected, and the first
/// coalition a fair-chance case inside its response window. Source: Gov. Code §12952.
/// </summary>
internal sealed class OfferDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string First, string Last, HeardFrom Heard, string? Detail, string Language, string Languages, int MonthsAgo, int Cohort)[] Hires =
    [
        ("Marisol", "Quintanilla", HeardFrom.StaffReferral, "Referred by a promotora on the team", "es", "es,en", 22, 0),
        ("Darnell", "Whitaker", HeardFrom.CommunityBoard, "Flyer at the laundromat on 4th Street", "en", "en", 21, 0),
        ("Yesenia", "Barragán", HeardFrom.WordOfMouth, "Her neighbor works at the clinic", "es", "es", 20, 0),
        ("Pa Nhia", "Xiong", HeardFrom.Event, "Community health fair", "en", "en,hmn", 9, 1),
        ("Teodoro", "Alcaraz", HeardFrom.LocalBusiness, "Card at the panadería", "es", "es,en", 8, 1),
    ];

    private static readonly (string Name, HeardFrom Heard, string Language, int Cohort)[] NotSelected =
    [
        ("Brenda Castellanos", HeardFrom.JobSite, "en", 0),
        ("Howard Pruitt", HeardFrom.SocialMedia, "en", 0),
        ("Leticia Montaño", HeardFrom.CommunityBoard, "es", 1),
        ("Curtis Bell", HeardFrom.WordOfMouth, "en", 1),
    ];

    public int Order => 25;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var c = 0; c < demo.CoalitionIds.Count; c++)
        {
            using (tenant.Enter(demo.CoalitionIds[c]))
            {
                var supervisor = await db.Set<StaffMember>().AsNoTracking()
                    .Where(s => s.JobFamily == JobFamily.Supervisor && s.Status == EmploymentStatus.Active)
                    .OrderBy(s => s.LegalLastName).ThenBy(s => s.Id)
                    .Select(s => new { s.Id, s.OrganizationId, s.SiteId })
                    .FirstOrDefaultAsync(cancellationToken);
                if (supervisor is null)
                {
                    continue;
                }

                var adminEmail = c == 0 ? "coalition.admin@demo.test" : $"coalition{c + 1}.admin@demo.test";
                var adminId = demo.Users.TryGetValue(adminEmail, out var found) ? found : (Guid?)null;
                var admin = adminId is { } a ? await db.Users.Where(u => u.Id == a).Select(u => u.DisplayName).FirstAsync(cancellationToken) : "Coalition admin";

                db.Add(new HiringSettings { Holidays = CaliforniaHolidays(demo.Today.Year - 1, demo.Today.Year + 1) });
                await HiringDefaults.EnsureTemplatesAsync(db, cancellationToken);
                var template = await db.Set<RoleTemplate>().FirstAsync(t => t.Role == HiringRole.CommunityHealthWorker, cancellationToken);
                var phases = await PhasesAsync(cancellationToken);

                Posting Cohort(string title, int monthsAgo, PostingStatus status, HiringRole role = HiringRole.CommunityHealthWorker)
                {
                    var posting = new Posting
                    {
                        TemplateId = template.Id,
                        Role = role,
                        Title = title,
                        Duties = template.Duties,
                        ValuedExperience = template.ValuedExperience,
                        FieldPercent = template.FieldPercent,
                        LanguagesNeeded = "en,es",
                        OrganizationId = supervisor.OrganizationId,
                        SiteId = supervisor.SiteId,
                        PayMin = 22.50m,
                        PayMax = 28.00m,
                        Openings = 3,
                        ClosesOn = demo.Today.AddMonths(-monthsAgo).AddDays(-45),
                        CreatedAt = now.AddMonths(-monthsAgo).AddDays(-75),
                    };
                    posting.ChangeStatus(PostingStatus.Open, posting.CreatedAt);
                    posting.ChangeStatus(status, posting.CreatedAt.AddDays(30));
                    db.Add(posting);
                    return posting;
                }

                Posting[] cohorts =
                [
                    Cohort("Community health worker (spring cohort)", 22, PostingStatus.Closed),
                    Cohort("Community health worker (fall cohort)", 9, PostingStatus.Closed),
                ];

                foreach (var h in Hires)
                {
                    var start = demo.Today.AddMonths(-h.MonthsAgo);
                    var madeAt = now.AddMonths(-h.MonthsAgo).AddDays(-21);
                    var application = Application(cohorts[h.Cohort], $"{h.First} {h.Last}", h.Heard, h.Language, h.Languages, madeAt.AddDays(-40), phases.Hired);
                    application.HeardFromDetail = h.Detail;
                    var staff = new StaffMember
                    {
                        LegalFirstName = h.First,
                        LegalLastName = h.Last,
                        JobFamily = JobFamily.CommunityHealthWorker,
                        JobTitle = "Community health worker",
                        OrganizationId = supervisor.OrganizationId,
                        SiteId = supervisor.SiteId,
                        SupervisorId = supervisor.Id,
                        HireDate = start,
                        Status = EmploymentStatus.Active,
                        Email = application.Email,
                    };
                    db.Add(staff);
                    foreach (var code in h.Languages.Split(','))
                    {
                        db.Add(new StaffLanguage { StaffMemberId = staff.Id, Language = code, Proficiency = code == h.Language ? LanguageProficiency.Native : LanguageProficiency.Conversational });
                    }

                    var offer = new Offer
                    {
                        ApplicationId = application.Id,
                        Position = "Community health worker",
                        ProposedStartDate = start,
                        HourlyPay = 23.75m,
                        OfferText = "We are glad to offer you the community health worker position, conditional on a background check.",
                        MadeAt = madeAt,
                        AcceptedOn = DateOnly.FromDateTime(madeAt.AddDays(2)),
                        CheckResult = CheckResult.Clear,
                        CheckReceivedOn = DateOnly.FromDateTime(madeAt.AddDays(9)),
                        StaffMemberId = staff.Id,
                        HiredAt = madeAt.AddDays(10),
                    };
                    db.Add(offer);
                    Steps(offer, adminId, admin, (OfferStepKind.OfferMade, 0), (OfferStepKind.OfferAccepted, 2), (OfferStepKind.CheckClear, 9), (OfferStepKind.Hired, 10));
                    Moves(application, adminId, admin, madeAt, phases.Applied, phases.Offer, phases.Hired, null);
                }

                foreach (var n in NotSelected)
                {
                    var submitted = now.AddMonths(-(n.Cohort == 0 ? 23 : 10));
                    var application = Application(cohorts[n.Cohort], n.Name, n.Heard, n.Language, n.Language == "es" ? "es,en" : "en", submitted, phases.NotSelected);
                    Moves(application, adminId, admin, submitted.AddDays(20), phases.Applied, null, phases.NotSelected, "The openings went to candidates whose languages fit the team.");
                }

                if (c == 0)
                {
                    var reentry = Cohort("Peer support specialist (reentry program)", 0, PostingStatus.Paused, HiringRole.PeerSupportSpecialist);
                    reentry.Title = "Peer support specialist (reentry program)";
                    FairChanceCase(demo, reentry, phases, adminId, admin, now);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A candidate whose check raised something: assessed, notice sent two business days ago, window still open.</summary>
    private void FairChanceCase(DemoContext demo, Posting posting, (Guid Applied, Guid Offer, Guid Hired, Guid NotSelected) phases, Guid? adminId, string admin, DateTime now)
    {
        var noSkip = new HashSet<DateOnly>();
        var sentOn = demo.Today;
        for (var back = 0; back < 2;)
        {
            sentOn = sentOn.AddDays(-1);
            if (BusinessDays.IsBusinessDay(sentOn, noSkip))
            {
                back++;
            }
        }

        var holidays = HiringSettings.ParseHolidays(CaliforniaHolidays(demo.Today.Year - 1, demo.Today.Year + 1), out _);
        var madeAt = now.AddDays(-16);
        var application = Application(posting, "Andre Baptiste", HeardFrom.StaffReferral, "en", "en", now.AddDays(-40), phases.Offer);
        application.HeardFromDetail = "A peer specialist he met in a reentry group";
        application.LivedExperience = "Ten years in recovery; I know the reentry services from the inside.";
        var offer = new Offer
        {
            ApplicationId = application.Id,
            Position = "Peer support specialist",
            ProposedStartDate = demo.Today.AddDays(21),
            HourlyPay = 24.50m,
            OfferText = "We are glad to offer you the peer support specialist position in our reentry program, conditional on a background check.",
            MadeAt = madeAt,
            AcceptedOn = DateOnly.FromDateTime(madeAt.AddDays(1)),
            CheckResult = CheckResult.RaisesConcern,
            CheckReceivedOn = DateOnly.FromDateTime(madeAt.AddDays(6)),
            NatureAndGravity = "A 2014 conviction for possession for sale; non-violent, no victim.",
            TimePassed = "Eleven years since the offense; sentence and probation completed in 2017.",
            JobDuties = "Peer support for people leaving jail; no handling of medication or cash. Lived experience of reentry is part of the job.",
            Mitigation = "Certified peer specialist training (2022), six years of steady work, two letters of reference.",
            AssessedAt = madeAt.AddDays(8),
            NoticeText = "After our conditional offer, your background check report (a copy is attached) shows a 2014 conviction. We have not made a final decision. You may respond by the date below.",
            NoticeSentOn = sentOn,
            ResponseDays = HiringSettings.DefaultResponseDays,
            ResponseDueOn = BusinessDays.After(sentOn, HiringSettings.DefaultResponseDays, holidays),
        };
        db.Add(offer);
        Steps(offer, adminId, admin, (OfferStepKind.OfferMade, 0), (OfferStepKind.OfferAccepted, 1), (OfferStepKind.CheckRaisesConcern, 6), (OfferStepKind.Assessed, 8));
        db.Add(offer.Step(OfferStepKind.PreliminaryNoticeSent, adminId, admin, sentOn.ToDateTime(new TimeOnly(17, 30), DateTimeKind.Utc)));
        Moves(application, adminId, admin, madeAt.AddDays(-10), phases.Applied, null, phases.Offer, null);
    }

    private JobApplication Application(Posting posting, string name, HeardFrom heard, string language, string languages, DateTime submitted, Guid phase)
    {
        var application = new JobApplication
        {
            PostingId = posting.Id,
            IdempotencyKey = Guid.NewGuid(),
            Name = name,
            Email = name.ToLowerInvariant().Replace(' ', '.') + "@example.org",
            HeardFrom = heard,
            Languages = languages,
            Availability = "Weekdays",
            Language = language,
            StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
            SubmittedAt = submitted,
            PhaseId = phase,
        };
        db.Add(application);
        return application;
    }

    private void Steps(Offer offer, Guid? adminId, string admin, params (OfferStepKind Kind, int Days)[] steps)
    {
        foreach (var (kind, days) in steps)
        {
            db.Add(offer.Step(kind, adminId, admin, offer.MadeAt.AddDays(days)));
        }
    }

    private void Moves(JobApplication application, Guid? adminId, string admin, DateTime at, Guid from, Guid? via, Guid to, string? reason)
    {
        var current = from;
        foreach (var (next, when, why) in new[] { (via, at, (string?)null), (to, at.AddDays(10), reason) })
        {
            if (next is not { } phase || phase == current)
            {
                continue;
            }

            db.Add(new PhaseMove { ApplicationId = application.Id, FromPhaseId = current, ToPhaseId = phase, Reason = why, MovedById = adminId, MovedBy = admin, MovedAt = when });
            current = phase;
        }
    }

    private async Task<(Guid Applied, Guid Offer, Guid Hired, Guid NotSelected)> PhasesAsync(CancellationToken cancellationToken)
    {
        await PipelinePhase.EnsureAsync(db, cancellationToken);
        var phases = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        return (
            phases[0].Id,
            phases.Last(p => p.Kind == PhaseKind.InProgress).Id,
            phases.First(p => p.Kind == PhaseKind.Hired).Id,
            phases.First(p => p.Kind == PhaseKind.NotSelected).Id);
    }

    /// <summary>California state holidays (Gov. Code §19853 and §6700), one per line, for the years given.</summary>
    internal static string CaliforniaHolidays(int fromYear, int toYear)
    {
        var lines = new List<string>();
        for (var y = fromYear; y <= toYear; y++)
        {
            DateOnly Nth(int month, DayOfWeek day, int n)
            {
                var d = new DateOnly(y, month, 1);
                while (d.DayOfWeek != day)
                {
                    d = d.AddDays(1);
                }

                return d.AddDays(7 * (n - 1));
            }

            DateOnly LastMonday(int month)
            {
                var d = new DateOnly(y, month, 1).AddMonths(1).AddDays(-1);
                while (d.DayOfWeek != DayOfWeek.Monday)
                {
                    d = d.AddDays(-1);
                }

                return d;
            }

            var thanksgiving = Nth(11, DayOfWeek.Thursday, 4);
            (DateOnly Date, string Name)[] days =
            [
                (new DateOnly(y, 1, 1), "New Year’s Day"),
                (Nth(1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day"),
                (Nth(2, DayOfWeek.Monday, 3), "Presidents’ Day"),
                (new DateOnly(y, 3, 31), "César Chávez Day"),
                (LastMonday(5), "Memorial Day"),
                (new DateOnly(y, 6, 19), "Juneteenth"),
                (new DateOnly(y, 7, 4), "Independence Day"),
                (Nth(9, DayOfWeek.Monday, 1), "Labor Day"),
                (Nth(9, DayOfWeek.Friday, 4), "Native American Day"),
                (new DateOnly(y, 11, 11), "Veterans Day"),
                (thanksgiving, "Thanksgiving Day"),
                (thanksgiving.AddDays(1), "Day after Thanksgiving"),
                (new DateOnly(y, 12, 25), "Christmas Day"),
            ];
            lines.AddRange(days.Select(d => $"{d.Date:yyyy-MM-dd} {d.Name}"));
        }

        return string.Join("\n", lines);
    }
}
