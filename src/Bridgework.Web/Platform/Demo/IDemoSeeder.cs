namespace Bridgework.Web.Platform.Demo;

/// <summary>
/// A module's share of the demo network. Seeders run in <see cref="Order"/> on first start of an empty
/// database outside Production, one transaction each; later seeders read what earlier ones wrote.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(DemoContext demo, CancellationToken cancellationToken);
}

/// <summary>What the platform seeder created, for the modules that seed after it.</summary>
public sealed class DemoContext
{
    public const string Password = "Bridgework-demo-2026";

    public required IReadOnlyList<Guid> CoalitionIds { get; init; }

    /// <summary>Demo sign-in e-mail to user id.</summary>
    public required IReadOnlyDictionary<string, Guid> Users { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>Seeded random numbers, so every fresh demo database looks the same.</summary>
    public Random Random { get; } = new(2026);
}
