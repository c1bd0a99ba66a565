namespace Bridgework.Web.Platform.Tenancy;

/// <summary>One regional partnership: the tenant.</summary>
public sealed class Coalition
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Short URL-safe name used by public pages (for example the job board).</summary>
    public required string Slug { get; set; }

    public string Region { get; set; } = "";

    public string TimeZone { get; set; } = "America/Los_Angeles";

    /// <summary>Whether the coalition lets other coalitions see its name in network comparisons.</summary>
    public bool ShareNameInNetwork { get; set; }

    public DateTime CreatedAt { get; init; }
}
