using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bridgework.Web.Features.People;

/// <summary>
/// One committed roster import. Its id is handed out with the preview and written in the same transaction
/// as the staff it creates, so a preview committed twice (a double click, a resubmitted form) imports once.
/// </summary>
public sealed class ImportedRoster : ITenantOwned, IAudited
{
    public Guid Id { get; init; }

    public Guid CoalitionId { get; set; }

    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file, hex: which file this was, without keeping its content.</summary>
    public required string FileHash { get; init; }

    public int RowCount { get; init; }

    public DateTime ImportedAt { get; init; }

    public Guid? ImportedBy { get; init; }
}

internal sealed class ImportedRosterConfiguration : IEntityTypeConfiguration<ImportedRoster>
{
    public void Configure(EntityTypeBuilder<ImportedRoster> e)
    {
        e.Property(i => i.Id).ValueGeneratedNever();
        e.Property(i => i.FileName).HasMaxLength(260);
        e.Property(i => i.FileHash).HasMaxLength(64);
    }
}
