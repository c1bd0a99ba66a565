namespace Bridgework.Web.Platform.Audit;

/// <summary>
/// An audited record that is not tenant-owned says whose trail its changes go to: a coalition's, or with
/// null the network's own trail, which network admins read.
/// </summary>
public interface IAuditedOwner
{
    Guid? OwnerCoalitionId { get; }
}
