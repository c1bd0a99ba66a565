using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Web.Features.Training;

public static class TrainingPermissions
{
    /// <summary>See the compliance of the people one may see: every worker for coalition admins, their team for supervisors.</summary>
    public const string ReadCompliance = "training.compliance.read";

    /// <summary>Create and edit courses, requirements and the competency framework.</summary>
    public const string Manage = "training.manage";

    /// <summary>Schedule sessions and take attendance.</summary>
    public const string RunSessions = "training.sessions.run";

    /// <summary>Assign courses with a due date: to their own people for supervisors, to anyone for coalition admins.</summary>
    public const string Assign = "training.assign";

    /// <summary>Approve or return the training records workers report themselves, for the people one may see.</summary>
    public const string ReviewRecords = "training.records.review";

    /// <summary>Rate the competencies of, and record 1:1 supervision with, the people one supervises.</summary>
    public const string Supervise = "training.supervise";

    /// <summary>See training reports: every worker for coalition admins, their team for supervisors.</summary>
    public const string ReadReports = "training.reports.read";

    /// <summary>See every supervisor's upward feedback, aggregated: the program lead's view.</summary>
    public const string ReadAllFeedback = "training.feedback.read";

    internal sealed class Module : IPermissionModule
    {
        public void Grant(PermissionGrants grants) => grants
            .Grant(ReadCompliance, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(RunSessions, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(Manage, CoalitionRole.CoalitionAdmin)
            .Grant(Assign, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(ReviewRecords, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(Supervise, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(ReadReports, CoalitionRole.CoalitionAdmin, CoalitionRole.Supervisor)
            .Grant(ReadAllFeedback, CoalitionRole.CoalitionAdmin);
    }
}
