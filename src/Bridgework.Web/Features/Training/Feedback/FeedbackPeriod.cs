using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Feedback;

/// <summary>A calendar quarter, the period of upward feedback: one answer per worker and supervisor in each.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public bool IsValid => Year is >= 2000 and <= 2200 && Number is >= 1 and <= 4;
}

/// <summary>One supervisor's feedback in a quarter, with figures only when enough people answered.</summary>
public sealed record FeedbackSummary(
    Guid SupervisorId, string Name, int Count, double? MakesTime, double? HardCases, double? LivedExperience, double? Wellbeing, IReadOnlyList<string> Comments)
{
    public bool Shown => Count >= FeedbackRules.MinimumResponses;

    public double? Overall => Shown ? (MakesTime + HardCases + LivedExperience + Wellbeing) / 4 : null;
}

/// <summary>
/// The privacy rule of upward feedback (DESIGN.md: aggregates about people only for groups of at least 5):
/// below <see cref="MinimumResponses"/> answers nothing is shown, not even the count; comments are shown
/// without names, sorted rather than in the order given.
/// </summary>
public sealed class FeedbackRules(AppDbContext db)
{
    public const int MinimumResponses = 5;

    /// <summary>Summaries of the given supervisors for one quarter, averaged in the database.</summary>
    public async Task<IReadOnlyList<FeedbackSummary>> SummariesAsync(IQueryable<People.StaffMember> supervisors, Quarter quarter, CancellationToken cancellationToken)
    {
        var answers = db.Set<SupervisionFeedback>().Where(f => f.Year == quarter.Year && f.Quarter == quarter.Number);
        var rows = await supervisors
            .Select(s => new
            {
                s.Id,
                Name = (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName,
                Count = answers.Count(f => f.SupervisorStaffId == s.Id),
                MakesTime = answers.Where(f => f.SupervisorStaffId == s.Id).Average(f => (double?)f.MakesTime),
                HardCases = answers.Where(f => f.SupervisorStaffId == s.Id).Average(f => (double?)f.HardCases),
                Lived = answers.Where(f => f.SupervisorStaffId == s.Id).Average(f => (double?)f.LivedExperience),
                Wellbeing = answers.Where(f => f.SupervisorStaffId == s.Id).Average(f => (double?)f.Wellbeing),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.Count >= MinimumResponses
                ? new FeedbackSummary(r.Id, r.Name, r.Count, r.MakesTime, r.HardCases, r.Lived, r.Wellbeing, [])
                : new FeedbackSummary(r.Id, r.Name, 0, null, null, null, null, []))
            .ToList();
    }

    /// <summary>The comments of one supervisor's quarter, sorted, or none when fewer than the minimum answered.</summary>
    public async Task<IReadOnlyList<string>> CommentsAsync(Guid supervisorId, Quarter quarter, CancellationToken cancellationToken)
    {
        var answers = db.Set<SupervisionFeedback>().Where(f => f.SupervisorStaffId == supervisorId && f.Year == quarter.Year && f.Quarter == quarter.Number);
        if (await answers.CountAsync(cancellationToken) < MinimumResponses)
        {
            return [];
        }

        var comments = await answers.Where(f => f.Comment != null).Select(f => f.Comment!).Take(500).ToListAsync(cancellationToken);
        return comments.Order(StringComparer.CurrentCulture).ToList();
    }
}
