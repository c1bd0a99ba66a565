using Microsoft.AspNetCore.Hosting;

namespace Bridgework.Tests.Support;

/// <summary>The app with the full demo network seeded: three coalitions with data in every module.</summary>
public sealed class DemoAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "true");
    }
}
