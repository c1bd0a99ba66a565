namespace Bridgework.Web.Platform.Tenancy;

/// <summary>The coalition the current request (or job) acts for. Handlers never take it from the request.</summary>
public interface ITenantContext
{
    /// <summary>The current coalition, or null when the caller acts for none (signed out, network-only).</summary>
    Guid? CoalitionId { get; }

    /// <summary>Acts for <paramref name="coalitionId"/> until disposed: for seeding, jobs and sign-up flows.</summary>
    IDisposable Enter(Guid coalitionId);
}
