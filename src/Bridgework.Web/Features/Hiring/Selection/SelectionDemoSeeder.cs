using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>
/// Selecting in the demo, on the candidates the hiring seeder placed: a case study library and case studies
/// given at the case study phase; field shadowing hosted by the demo worker (one waiting for her feedback,
/// one answered); panels at the panel interview phase, where the demo supervisor still owes one scorecard.
/// Listed reasons are put on the demo's earlier not-selected and withdrawn moves.
/// </summary>
internal sealed class SelectionDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Title, string Scenario, string Good, string Language, bool Archived)[] CaseStudies =
    [
        ("A client misses three appointments",
            "Ms. R., 58, has diabetes and has missed her last three clinic appointments. The clinic calls her \"non-compliant\". When you visit, she is caring for two grandchildren and the bus route to the clinic was cut. What do you do in the first visit, and in the weeks after?",
            "Curiosity before judgment; asks about her life, not only the appointments. Names practical barriers (childcare, transport) and concrete help. Brings what they learn back to the care team in respectful words. Knows when to ask for help.",
            "en", false),
        ("A neighbor asks you for a ride",
            "A client you have worked with for months lives on your street. One evening she knocks on your door and asks you to drive her to the emergency room, and to lend her $40 until Friday.",
            "Warmth together with clear limits: safety first (calls for the right help), no personal loan, explains why kindly. Tells the supervisor the next day. Thinks about what the client needs for next time.",
            "en", false),
        ("Una familia sin seguro médico",
            "Una madre con tres hijos llega a la feria de salud. Dice que no tiene seguro médico porque tiene miedo de que pedir ayuda afecte su situación migratoria. Su hijo menor tiene tos desde hace un mes.",
            "Escucha sin juzgar y genera confianza. Da información correcta y sencilla sobre Medi-Cal y dónde puede recibir atención el niño hoy. Conoce sus límites y refiere a servicios legales confiables. Da seguimiento.",
            "es", false),
        ("A client starts drinking again",
            "A client you support as a peer tells you, in confidence, that he started drinking again after six months sober. He asks you not to tell his therapist, who he says \"will give up on him\".",
            "Shares their own experience with purpose, not to take the focus. Meets him without shame. Is honest about what they can keep private and what they share with the team, and why. Keeps hope in the room.",
            "en", false),
        ("Paper referral forms",
            "An older case study about faxing paper referral forms between agencies.",
            "Kept for the record; replaced by newer case studies.",
            "en", true),
    ];

    public int Order => 34;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                var phases = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
                if (phases.Count == 0)
                {
                    continue;
                }

                var library = CaseStudies.Select(c => new CaseStudy
                {
                    Title = c.Title,
                    Scenario = c.Scenario,
                    GoodAnswers = c.Good,
                    Language = c.Language,
                    IsArchived = c.Archived,
                    CreatedAt = now.AddDays(-40),
                }).ToList();
                db.AddRange(library);

                var candidates = await db.Set<JobApplication>().OrderBy(a => a.SubmittedAt)
                    .Select(a => new { a.Id, a.Language, a.PhaseId }).ToListAsync(cancellationToken);
                var people = await Staff(demo, cancellationToken);
                var team = await db.Set<Team>().Where(t => !t.IsArchived)
                    .OrderBy(t => people.Host == null || t.Members.Any(m => m.StaffMemberId == people.Host) ? 0 : 1).ThenBy(t => t.Name)
                    .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
                Guid PhaseOf(SelectionActivity activity) => phases.First(p => p.Activity == activity).Id;

                foreach (var candidate in candidates.Where(c => c.PhaseId == PhaseOf(SelectionActivity.CaseStudy)))
                {
                    var fits = library.Where(c => !c.IsArchived).OrderBy(c => c.Language == candidate.Language ? 0 : 1).First();
                    db.Add(new CaseStudyAssignment { ApplicationId = candidate.Id, CaseStudyId = fits.Id, AssignedById = demo.Users["coalition.admin@demo.test"], AssignedBy = "Rosa Delgado", AssignedAt = now.AddDays(-6) });
                }

                var shadowing = candidates.Where(c => c.PhaseId == PhaseOf(SelectionActivity.FieldShadowing)).ToList();
                if (team is { } teamId && people.Host is { } host)
                {
                    for (var i = 0; i < shadowing.Count; i++)
                    {
                        // The first waits for the host's feedback (it was yesterday); the others have it.
                        var session = new ShadowingSession
                        {
                            ApplicationId = shadowing[i].Id,
                            TeamId = teamId,
                            HostStaffId = host,
                            Date = demo.Today.AddDays(-1 - (3 * i)),
                            StartTime = new TimeOnly(9, 0),
                            EndTime = new TimeOnly(12, 30),
                            Place = "Meet at the front desk of the Fresno Street clinic",
                            ScheduledBy = "Rosa Delgado",
                            ScheduledAt = now.AddDays(-8 - i),
                        };
                        db.Add(session);
                        if (i > 0)
                        {
                            db.Add(new ShadowingFeedback
                            {
                                SessionId = session.Id,
                                RelatingToClients = FieldObservation.Strength,
                                Curiosity = FieldObservation.Strength,
                                Boundaries = FieldObservation.Mixed,
                                WouldWorkWith = WouldWorkWith.Yes,
                                Comments = "Easy with clients and asked good questions. Offered a client her own phone number; we talked about why we don't.",
                                GivenByStaffId = host,
                                GivenAt = now.AddDays(-2 - (3 * i)),
                            });
                        }
                    }
                }

                await SeedPanelsAsync(demo, candidates.Where(c => c.PhaseId == PhaseOf(SelectionActivity.PanelInterview)).Select(c => c.Id).ToList(),
                    PhaseOf(SelectionActivity.PanelInterview), people, now, cancellationToken);
                await ReasonsOnEarlierMovesAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Every panel has all the people who can sign in; the last panel in the list is the one the supervisor
    /// has not scored yet, so the demo supervisor's home shows a scorecard waiting.
    /// </summary>
    private async Task SeedPanelsAsync(DemoContext demo, List<Guid> candidates, Guid phaseId, People people, DateTime now, CancellationToken cancellationToken)
    {
        var attributes = await db.Set<ScoringAttribute>().Where(a => !a.IsArchived).OrderBy(a => a.SortOrder).Select(a => a.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < candidates.Count; i++)
        {
            var last = i == candidates.Count - 1;
            foreach (var staffId in people.Panel)
            {
                var panelist = new Panelist { ApplicationId = candidates[i], PhaseId = phaseId, StaffMemberId = staffId, AddedBy = "Rosa Delgado", AddedAt = now.AddDays(-5) };
                db.Add(panelist);
                if (last && staffId == people.Supervisor)
                {
                    continue;
                }

                var card = new Scorecard
                {
                    PanelistId = panelist.Id,
                    Recommendation = (Recommendation)demo.Random.Next(0, 3),
                    Comments = "Warm, listened well, and gave concrete examples from volunteering at the food bank.",
                    SubmittedAt = now.AddDays(-3),
                };
                foreach (var attribute in attributes)
                {
                    card.Ratings.Add(new ScorecardRating { AttributeId = attribute, Score = demo.Random.Next(2, 5) });
                }

                db.Add(card);
            }
        }
    }

    private async Task ReasonsOnEarlierMovesAsync(CancellationToken cancellationToken)
    {
        var reasons = await db.Set<EndingReason>().ToListAsync(cancellationToken);
        var moves = await db.Set<PhaseMove>()
            .Where(m => m.ReasonId == null && db.Set<PipelinePhase>().Any(p => p.Id == m.ToPhaseId && (p.Kind == PhaseKind.NotSelected || p.Kind == PhaseKind.Withdrawn)))
            .ToListAsync(cancellationToken);
        foreach (var move in moves)
        {
            var kind = await db.Set<PipelinePhase>().Where(p => p.Id == move.ToPhaseId).Select(p => p.Kind).FirstAsync(cancellationToken);
            var reason = reasons.FirstOrDefault(r => r.Kind == kind && r.SortOrder is 0 or 4);
            if (reason is null)
            {
                continue;
            }

            (move.ReasonNote, move.Reason, move.ReasonId) = (move.Reason, reason.Label, reason.Id);
        }
    }

    private async Task<People> Staff(DemoContext demo, CancellationToken cancellationToken)
    {
        var linked = await db.Set<StaffMember>().Where(s => s.UserId != null && s.Status == EmploymentStatus.Active)
            .OrderBy(s => s.LegalLastName).Select(s => new { s.Id, s.UserId }).ToListAsync(cancellationToken);
        Guid? Of(string email) => demo.Users.TryGetValue(email, out var user) ? linked.FirstOrDefault(s => s.UserId == user)?.Id : null;
        var worker = Of("worker@demo.test");
        var supervisor = Of("supervisor@demo.test");
        List<Guid> panel = [.. new[] { Of("coalition.admin@demo.test"), worker, supervisor }.OfType<Guid>()];
        return new People(worker ?? linked.FirstOrDefault()?.Id, supervisor, panel.Count > 0 ? panel : linked.Select(s => s.Id).Take(3).ToList());
    }

    private sealed record People(Guid? Host, Guid? Supervisor, List<Guid> Panel);
}
