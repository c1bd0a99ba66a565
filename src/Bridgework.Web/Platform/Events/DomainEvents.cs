namespace Bridgework.Web.Platform.Events;

/// <summary>Something that happened in one module that other modules may act on.</summary>
public interface IDomainEvent
{
    Guid CoalitionId { get; }
}

/// <summary>A module's reaction to an event. Handlers run in the publisher's scope, in registration order.</summary>
public interface IEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Delivers events in-process to every registered handler. Publish after the publisher's own save, so
/// that handlers read committed data; a handler saves its own changes.
/// </summary>
public sealed class EventPublisher(IServiceProvider services)
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IEventHandler<TEvent>>())
        {
            await handler.HandleAsync(domainEvent, cancellationToken);
        }
    }
}

/// <summary>A new staff record exists: added by hand, imported, or created by a hire.</summary>
public sealed record StaffMemberAdded(Guid CoalitionId, Guid StaffMemberId, string JobFamily, DateOnly? StartDate) : IDomainEvent;

/// <summary>A candidate was hired: Hiring created their staff record. Training starts onboarding from it.</summary>
public sealed record WorkerHired(Guid CoalitionId, Guid StaffMemberId, Guid ApplicationId, string JobFamily, DateOnly StartDate) : IDomainEvent;
