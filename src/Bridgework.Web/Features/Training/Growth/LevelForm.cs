namespace Bridgework.Web.Features.Training.Growth;

/// <summary>What the rating form shows: the framework with both raters' latest levels, and what was chosen.</summary>
public sealed record LevelForm(IReadOnlyList<CompetencyStanding> Standings, IDictionary<Guid, Proficiency> Chosen, AssessedBy By)
{
    /// <summary>The other rater's latest level, shown beside the choices.</summary>
    public Proficiency? Other(CompetencyStanding c) => By == AssessedBy.Self ? c.Supervisor : c.Self;

    public Proficiency? Own(CompetencyStanding c) => By == AssessedBy.Self ? c.Self : c.Supervisor;

    public string OtherLabel => By == AssessedBy.Self ? "Your supervisor’s latest rating" : "Their own latest rating";
}
