using System.Data.Common;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Features.People;

public sealed class DirectoryQueryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_directory_page_costs_the_same_number_of_queries_for_3_rows_as_for_25()
    {
        var counter = new CommandCounter();
        using var counted = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync();
        var people = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await coalition.AddStaffAsync(org, "Few", $"Person{i}", languages: [("es", LanguageProficiency.Native), ("en", LanguageProficiency.Fluent)]));
        }

        await coalition.AddTeamAsync("Team A", null, [.. people]);
        var client = counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = admin.Email, ["Input.Password"] = admin.Password });

        var few = await CountAsync(client, counter);
        for (var i = 0; i < 30; i++)
        {
            people.Add(await coalition.AddStaffAsync(org, "Many", $"Person{i}", languages: [("es", LanguageProficiency.Native), ("vi", LanguageProficiency.Basic)]));
        }

        await coalition.AddTeamAsync("Team B", null, [.. people]);
        var many = await CountAsync(client, counter);

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 8);
    }

    private static async Task<int> CountAsync(HttpClient client, CommandCounter counter)
    {
        await client.TextAsync("/People");
        counter.Reset();
        var html = await client.TextAsync("/People");
        Assert.NotEmpty(DirectoryTests.Names(html));
        return counter.Count;
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
