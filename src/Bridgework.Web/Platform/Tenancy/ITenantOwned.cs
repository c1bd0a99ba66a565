namespace Bridgework.Web.Platform.Tenancy;

/// <summary>
/// A row that belongs to one coalition. The tenant query filter hides other coalitions' rows and
/// the save interceptor stamps new rows and refuses writes that cross coalitions.
/// </summary>
public interface ITenantOwned
{
    Guid CoalitionId { get; set; }
}
