using Bridgework.Web.Platform.Security;
using Bridgework.Web.Features.Hiring.Apply;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring;

/// <summary>
/// Each demo coalition gets the default role templates and postings in every status: two open ones on the
/// job board (one in Spanish and English), a draft, a paused and a closed posting.
/// </summary>
internal sealed class HiringDemoSeeder(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Name, HeardFrom Heard, string Language, string Languages, int Posting)[] Candidates =
    [
        ("Graciela Ortiz", HeardFrom.CommunityBoard, "es", "es,en", 0),
        ("Tomás Reyes", HeardFrom.LocalBusiness, "es", "es,mix", 0),
        ("Keisha Monroe", HeardFrom.WordOfMouth, "en", "en", 0),
        ("Bao Vang", HeardFrom.Event, "en", "en,hmn", 0),
        ("Daniel Fuentes", HeardFrom.SocialMedia, "en", "en,es", 1),
        ("Rochelle Adams", HeardFrom.JobSite, "en", "en", 1),
        ("Mayra Gutiérrez", HeardFrom.StaffReferral, "es", "es,en", 0),
        ("Luis Cárdenas", HeardFrom.CommunityBoard, "es", "es", 0),
        ("Jasmine Lee", HeardFrom.WordOfMouth, "en", "en,ko", 1),
        ("Rafael Domínguez", HeardFrom.LocalBusiness, "es", "es,en", 0),
        ("Anita Yazzie", HeardFrom.Event, "en", "en", 1),
        ("Samuel Ortega", HeardFrom.StaffReferral, "en", "en,es", 0),
        ("Khanh Pham", HeardFrom.Other, "en", "en,vi", 1),
        ("Elena Morales", HeardFrom.CommunityBoard, "es", "es,en", 0),
    ];

    public int Order => 30;

    public async Task SeedAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var coalitionId in demo.CoalitionIds)
        {
            using (tenant.Enter(coalitionId))
            {
                await HiringDefaults.EnsureTemplatesAsync(db, cancellationToken);
                var templates = await db.Set<RoleTemplate>().ToDictionaryAsync(t => t.Role, cancellationToken);
                var organization = await db.Set<Organization>().OrderBy(o => o.Name).Select(o => new { o.Id, Site = o.Sites.OrderBy(s => s.Name).Select(s => (Guid?)s.Id).FirstOrDefault() })
                    .FirstOrDefaultAsync(cancellationToken);
                if (organization is null)
                {
                    continue;
                }

                Posting Make(HiringRole role, PostingStatus status, decimal min, decimal max, string languages, int openings, int closesInDays)
                {
                    var t = templates[role];
                    var posting = new Posting
                    {
                        TemplateId = t.Id,
                        Role = role,
                        Title = t.Title,
                        Duties = t.Duties,
                        ValuedExperience = t.ValuedExperience,
                        FieldPercent = t.FieldPercent,
                        LanguagesNeeded = languages,
                        OrganizationId = organization.Id,
                        SiteId = organization.Site,
                        PayMin = min,
                        PayMax = max,
                        Openings = openings,
                        ClosesOn = demo.Today.AddDays(closesInDays),
                        CreatedAt = now.AddDays(-20),
                    };
                    posting.ChangeStatus(status, now.AddDays(-14));
                    return posting;
                }

                var chw = Make(HiringRole.CommunityHealthWorker, PostingStatus.Open, 23.50m, 29.00m, "en,es", 3, 21);
                chw.SpanishTitle = "Trabajador(a) comunitario(a) de salud";
                chw.SpanishDuties = "Visitar a los clientes donde estén: en casa, en albergues, en la clínica. Ayudarles a llegar a sus citas, solicitar beneficios y encontrar comida y vivienda. Explicar la información de salud con palabras claras. Abogar por los clientes ante los equipos de atención y las agencias.";
                chw.SpanishValuedExperience = "Vivir en la comunidad o ser de ella. Su propia experiencia buscando atención médica, vivienda o beneficios. Trabajo pagado o voluntario ayudando a sus vecinos. Hablar los idiomas de la comunidad. No se requiere título.";
                db.AddRange(
                    chw,
                    Make(HiringRole.PeerSupportSpecialist, PostingStatus.Open, 24.00m, 30.50m, "en", 2, 30),
                    Make(HiringRole.Promotora, PostingStatus.Draft, 22.00m, 27.00m, "es,en,mix", 2, 45),
                    Make(HiringRole.SeniorLead, PostingStatus.Paused, 28.00m, 34.00m, "en,es", 1, 14),
                    Make(HiringRole.Supervisor, PostingStatus.Closed, 34.00m, 42.00m, "en", 1, -10));
                await db.SaveChangesAsync(cancellationToken);
                await PipelinePhase.EnsureAsync(db, cancellationToken);
                var phases = await db.Set<PipelinePhase>().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
                var admin = demo.Users["coalition.admin@demo.test"];
                var peer = db.ChangeTracker.Entries<Posting>().Select(e => e.Entity).First(p => p.Role == HiringRole.PeerSupportSpecialist);
                var n = 0;
                foreach (var (name, heard, language, languages, posting) in Candidates)
                {
                    var phase = phases[n % phases.Count];
                    var submitted = now.AddDays(-(30 - n));
                    var application = new JobApplication
                    {
                        PostingId = posting == 0 ? chw.Id : peer.Id,
                        IdempotencyKey = Guid.NewGuid(),
                        Name = name,
                        Email = name.Split(' ')[0].ToLowerInvariant() + "@demo.test",
                        HeardFrom = heard,
                        Languages = languages,
                        Availability = "Weekdays, mornings preferred",
                        Language = language,
                        StatusTokenHash = SecretTokens.Hash(SecretTokens.New()),
                        SubmittedAt = submitted,
                        PhaseId = phase.Id,
                    };
                    db.Add(application);
                    if (phase.SortOrder > 0)
                    {
                        db.Add(new PhaseMove
                        {
                            ApplicationId = application.Id,
                            FromPhaseId = phases[0].Id,
                            ToPhaseId = phase.Id,
                            Reason = phase.Kind switch
                            {
                                PhaseKind.NotSelected => "Another candidate's languages fit the team better.",
                                PhaseKind.Withdrawn => "Took a job closer to home.",
                                _ => null,
                            },
                            MovedById = admin,
                            MovedBy = "Rosa Delgado",
                            MovedAt = submitted.AddDays(5),
                        });
                    }

                    n++;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
