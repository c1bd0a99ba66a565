using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;

namespace Bridgework.Web.Platform.Demo;

/// <summary>Once the app listens, prints where it is and, when demo data is present, how to sign in.</summary>
public static class DemoBanner
{
    public static void PrintWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var demo = DemoSeeding.DemoUsers.Select(u => u.Email).ToList();
        var present = users.Users.Where(u => demo.Contains(u.Email!)).Select(u => u.Email!).ToList();

        var lines = new List<string> { "", "  Bridgework is running at " + string.Join(", ", addresses) };
        if (present.Count > 0)
        {
            lines.Add($"  Demo sign-ins (password {DemoContext.Password}):");
            lines.AddRange(demo.Where(present.Contains).Select(e => "    " + e));
        }

        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    });
}
