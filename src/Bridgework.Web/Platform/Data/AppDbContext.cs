using System.Linq.Expressions;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Security;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bridgework.Web.Platform.Data;

/// <summary>
/// The one unit of work. Modules add their entities through IEntityTypeConfiguration classes in their
/// own folders; every <see cref="ITenantOwned"/> entity gets the named <see cref="TenantFilter"/>.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext? tenant = null)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    public DbSet<Coalition> Coalitions => Set<Coalition>();

    public DbSet<CoalitionMembership> Memberships => Set<CoalitionMembership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the tenant filter on every query; Guid.Empty (no coalition) matches no row.</summary>
    public Guid CurrentCoalitionId => tenant?.CoalitionId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Coalition>(e =>
        {
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Slug).HasMaxLength(80);
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.Region).HasMaxLength(200);
            e.Property(c => c.TimeZone).HasMaxLength(64);
        });
        builder.Entity<CoalitionMembership>(e =>
        {
            e.HasIndex(m => new { m.UserId, m.CoalitionId }).IsUnique();
            e.HasIndex(m => new { m.CoalitionId, m.Role });
            e.HasOne<Coalition>().WithMany().HasForeignKey(m => m.CoalitionId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId);
        });
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PreferredCulture).HasMaxLength(8);
        });
        builder.Entity<Web.FormSubmission>(e =>
        {
            e.Property(f => f.ResultUrl).HasMaxLength(2000);
            e.HasIndex(f => new { f.UserId, f.At });
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Entity).HasMaxLength(100);
            e.HasIndex(a => new { a.CoalitionId, a.At });
            e.HasIndex(a => new { a.CoalitionId, a.EntityId });
        });

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clr) && entityType.BaseType is null)
            {
                builder.Entity(clr).HasQueryFilter(TenantFilter, TenantPredicate(clr));
                builder.Entity(clr).HasIndex(nameof(ITenantOwned.CoalitionId));
            }

            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // SQLite hands DateTime back as Unspecified; every instant here is UTC.
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        }
    }

    private LambdaExpression TenantPredicate(Type clr)
    {
        var row = Expression.Parameter(clr, "row");
        var body = Expression.Equal(
            Expression.Property(row, nameof(ITenantOwned.CoalitionId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentCoalitionId)));
        return Expression.Lambda(body, row);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
