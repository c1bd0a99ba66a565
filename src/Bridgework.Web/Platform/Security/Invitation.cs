using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Platform.Security;

/// <summary>
/// An invitation to join a coalition in a role. The link's token is never stored: only its SHA-256
/// hash, so a copy of the database cannot be used to accept anyone's invitation.
/// </summary>
public sealed class Invitation : ITenantOwned, IAudited, IVersioned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CoalitionId { get; set; }

    /// <summary>The address as the inviter typed it.</summary>
    public required string Email { get; set; }

    /// <summary>Normalized like Identity's e-mails, to match an existing account.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    public CoalitionRole Role { get; set; }

    /// <summary>"en" or "es": the language of the e-mail and of the new account.</summary>
    public string Language { get; set; } = "en";

    [Sensitive]
    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime SentAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public Guid InvitedById { get; init; }

    public DateTime? AcceptedAt { get; private set; }

    public Guid? AcceptedUserId { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Neither accepted nor revoked: it still needs the admin or the invitee to act.</summary>
    public bool IsOpen => AcceptedAt is null && RevokedAt is null;

    public InvitationState StateAt(DateTime now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>Makes a new link (the old one stops working) valid for <see cref="Lifetime"/>; returns its token.</summary>
    public string Renew(DateTime now)
    {
        var token = SecretTokens.New();
        TokenHash = HashToken(token);
        SentAt = now;
        ExpiresAt = now + Lifetime;
        return token;
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void Accept(Guid userId, DateTime now)
    {
        AcceptedAt = now;
        AcceptedUserId = userId;
    }

    public static string HashToken(string token) => SecretTokens.Hash(token);
}

public enum InvitationState
{
    Pending = 0,
    Expired = 1,
    Accepted = 2,
    Revoked = 3,
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.NormalizedEmail).HasMaxLength(256);
        e.Property(i => i.DisplayName).HasMaxLength(200);
        e.Property(i => i.Language).HasMaxLength(8);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.HasIndex(i => i.TokenHash).IsUnique();
        e.HasIndex(i => new { i.CoalitionId, i.NormalizedEmail });
        e.HasIndex(i => new { i.CoalitionId, i.AcceptedAt, i.RevokedAt });
        e.HasOne<Coalition>().WithMany().HasForeignKey(i => i.CoalitionId);
    }
}
