using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Tenancy;

namespace Bridgework.Tests.Platform.Security;

public sealed class LogPrivacyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Passwords_never_reach_the_logs_even_at_trace_level()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var worker = await coalition.UserAsync(CoalitionRole.Worker);
        var client = app.Browser();

        await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = worker.Email, ["Input.Password"] = "wrong-but-distinctive-password-4471" });
        await worker.SignInAsync();

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain("wrong-but-distinctive-password-4471", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCoalition.Password, app.Logs.All, StringComparison.Ordinal);
    }
}
