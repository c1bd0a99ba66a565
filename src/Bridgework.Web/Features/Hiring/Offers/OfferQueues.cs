using System.Linq.Expressions;

namespace Bridgework.Web.Features.Hiring.Offers;

/// <summary>The offers that wait on someone: shared by the offers list and the admin's home cards.</summary>
public static class OfferQueues
{
    public enum Queue
    {
        Open,
        WindowOpen,
        AwaitingDecision,
    }

    /// <summary>A preliminary notice is out and its response window has not ended.</summary>
    public static Expression<Func<Offer, bool>> WindowOpen(DateOnly today) =>
        o => o.StaffMemberId == null && o.Decision == null && o.ResponseDueOn != null && o.ResponseDueOn >= today;

    /// <summary>The check raised something and no final decision is written, and the candidate is not inside a response window.</summary>
    public static Expression<Func<Offer, bool>> AwaitingDecision(DateOnly today) =>
        o => o.StaffMemberId == null && o.Decision == null && o.CheckResult == CheckResult.RaisesConcern
            && (o.ResponseDueOn == null || o.ResponseDueOn < today);

    public static Expression<Func<Offer, bool>> Open() =>
        o => o.StaffMemberId == null && (o.Decision == null || o.Decision == FinalDecision.Proceed);

    public static Expression<Func<Offer, bool>> For(Queue queue, DateOnly today) => queue switch
    {
        Queue.WindowOpen => WindowOpen(today),
        Queue.AwaitingDecision => AwaitingDecision(today),
        _ => Open(),
    };
}
