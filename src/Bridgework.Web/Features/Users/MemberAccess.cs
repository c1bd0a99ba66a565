using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Users;

public enum MemberChange
{
    Done = 0,
    NotFound = 1,
    /// <summary>The coalition would be left without an active coalition admin.</summary>
    LastAdmin = 2,
    /// <summary>An admin tried to take away their own access.</summary>
    Self = 3,
    /// <summary>Someone else changed the membership since the form was read.</summary>
    Conflict = 4,
}

/// <summary>The rule the three changes share: a coalition always keeps at least one active coalition admin.</summary>
internal static class Admins
{
    public static Task<bool> OthersExistAsync(AppDbContext db, CoalitionMembership membership, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.Id != membership.Id && m.IsActive && m.Role == CoalitionRole.CoalitionAdmin, cancellationToken);

    public static bool IsActiveAdmin(CoalitionMembership membership) => membership.IsActive && membership.Role == CoalitionRole.CoalitionAdmin;
}

/// <summary>Gives a member another role; it takes effect on their next request (roles are read per request).</summary>
public sealed class ChangeMemberRole(AppDbContext db)
{
    public async Task<MemberChange> HandleAsync(Guid membershipId, CoalitionRole role, Guid version, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return MemberChange.NotFound;
        }

        if (membership.Version != version)
        {
            return MemberChange.Conflict;
        }

        if (membership.Role == role)
        {
            return MemberChange.Done;
        }

        if (Admins.IsActiveAdmin(membership) && !await Admins.OthersExistAsync(db, membership, cancellationToken))
        {
            return MemberChange.LastAdmin;
        }

        db.Entry(membership).Property(m => m.Version).OriginalValue = version;
        membership.Role = role;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MemberChange.Conflict;
        }

        return MemberChange.Done;
    }
}

/// <summary>
/// Takes away a member's access to this coalition and ends all their sessions at once (new security
/// stamp). The account itself is disabled only when it has no other coalition and is not a network
/// admin's: one coalition cannot lock someone out of another.
/// </summary>
public sealed class DisableMember(AppDbContext db)
{
    public async Task<MemberChange> HandleAsync(Guid membershipId, Guid actingUserId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return MemberChange.NotFound;
        }

        if (membership.UserId == actingUserId)
        {
            return MemberChange.Self;
        }

        if (!membership.IsActive)
        {
            return MemberChange.Done;
        }

        if (Admins.IsActiveAdmin(membership) && !await Admins.OthersExistAsync(db, membership, cancellationToken))
        {
            return MemberChange.LastAdmin;
        }

        var user = await db.Users.FirstAsync(u => u.Id == membership.UserId, cancellationToken);
        var elsewhere = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id && m.CoalitionId != membership.CoalitionId && m.IsActive)
            .Select(m => (Guid?)m.CoalitionId)
            .FirstOrDefaultAsync(cancellationToken);

        membership.IsActive = false;
        if (elsewhere is null && !user.IsNetworkAdmin)
        {
            user.IsDisabled = true;
        }

        if (user.CurrentCoalitionId == membership.CoalitionId && elsewhere is not null)
        {
            user.CurrentCoalitionId = elsewhere;
        }

        user.SecurityStamp = Guid.NewGuid().ToString();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        return MemberChange.Done;
    }
}

/// <summary>Gives a disabled member their access back; they sign in again with their own password.</summary>
public sealed class EnableMember(AppDbContext db)
{
    public async Task<MemberChange> HandleAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return MemberChange.NotFound;
        }

        if (membership.IsActive)
        {
            return MemberChange.Done;
        }

        var user = await db.Users.FirstAsync(u => u.Id == membership.UserId, cancellationToken);
        var actsElsewhere = user.CurrentCoalitionId is { } current && await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.UserId == user.Id && m.CoalitionId == current && m.IsActive, cancellationToken);

        membership.IsActive = true;
        user.IsDisabled = false;
        if (!actsElsewhere)
        {
            user.CurrentCoalitionId = membership.CoalitionId;
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        return MemberChange.Done;
    }
}
