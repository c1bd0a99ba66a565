using System.Security.Claims;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Data;

namespace Bridgework.Web.Features.Careers.Benchmarks;

/// <summary>
/// Who sees and edits which benchmarks. A coalition reads its own and the network-wide ones and edits its
/// own; the network admin reads and edits the network-wide ones only. Anything else is not found.
/// </summary>
public sealed class BenchmarkScope(AppDbContext db, PermissionGrants grants)
{
    public bool MayRead(ClaimsPrincipal user) => user.Has(CareersPermissions.Read, grants) || IsNetwork(user);

    public bool MayEdit(ClaimsPrincipal user) => user.Has(CareersPermissions.Manage, grants) || IsNetwork(user);

    /// <summary>The network admin acting without a coalition edits network-wide benchmarks.</summary>
    public bool IsNetwork(ClaimsPrincipal user) => db.CurrentCoalitionId == Guid.Empty && user.Has(CareersPermissions.Network, grants);

    public IQueryable<PayBenchmark> Visible(ClaimsPrincipal user)
    {
        var all = db.Set<PayBenchmark>().AsQueryable();
        if (IsNetwork(user))
        {
            return all.Where(b => b.OwnerCoalitionId == null);
        }

        var coalition = db.CurrentCoalitionId;
        return coalition == Guid.Empty ? all.Where(b => false) : all.Where(b => b.OwnerCoalitionId == null || b.OwnerCoalitionId == coalition);
    }

    public IQueryable<PayBenchmark> Editable(ClaimsPrincipal user)
    {
        if (IsNetwork(user))
        {
            return db.Set<PayBenchmark>().Where(b => b.OwnerCoalitionId == null);
        }

        var coalition = db.CurrentCoalitionId;
        return !user.Has(CareersPermissions.Manage, grants) || coalition == Guid.Empty
            ? db.Set<PayBenchmark>().Where(b => false)
            : db.Set<PayBenchmark>().Where(b => b.OwnerCoalitionId == coalition);
    }

    /// <summary>The owner a new benchmark gets: the coalition, or none for the network admin.</summary>
    public Guid? NewOwner(ClaimsPrincipal user) => IsNetwork(user) ? null : db.CurrentCoalitionId;
}
