using System.Net;
using System.Reflection;
using Bridgework.Tests.Support;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;
using Bridgework.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bridgework.Tests.Platform.Tenancy;

/// <summary>
/// Walks every tenant-owned entity and every page that takes a record id, with the demo network's
/// first coalition as the owner (A) and its second as the intruder (B).
/// </summary>
public sealed class TenantIsolationTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly MethodInfo RowsOf = typeof(TenantIsolationTests).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public async Task Every_tenant_owned_table_has_demo_rows_in_each_coalition_and_shows_a_coalition_only_its_own()
    {
        var (a, b) = await CoalitionsAsync();
        var missing = new List<string>();

        foreach (var type in TenantOwnedTypes())
        {
            var ofA = await RowsAsync(type, a, ignoreFilter: true);
            var seenByB = await RowsAsync(type, b, ignoreFilter: false);
            var allOfB = await RowsAsync(type, b, ignoreFilter: true);

            if (!ofA.Any(r => r.CoalitionId == a))
            {
                missing.Add(type.Name);
                continue;
            }

            Assert.All(seenByB, r => Assert.Equal(b, r.CoalitionId));
            Assert.Equal(allOfB.Count(r => r.CoalitionId == b), seenByB.Count);
        }

        Assert.True(missing.Count == 0, "No demo rows in the first coalition for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Another_coalition_can_neither_find_nor_change_a_row_of_every_tenant_owned_table()
    {
        var (a, b) = await CoalitionsAsync();

        foreach (var type in TenantOwnedTypes())
        {
            var rowOfA = (await RowsAsync(type, a, ignoreFilter: true)).FirstOrDefault(r => r.CoalitionId == a);
            if (rowOfA is null)
            {
                continue;
            }

            var key = KeyOf(rowOfA);
            await app.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                Assert.Null(await db.FindAsync(type, key));

                var stolen = await LoadIgnoringFilterAsync(db, type, key);
                Assert.NotNull(stolen);
                db.Entry(stolen!).State = EntityState.Modified;
                await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
            }, b);
        }
    }

    [Fact]
    public async Task Every_page_that_takes_a_record_id_answers_404_to_another_coalitions_admin()
    {
        var (a, _) = await CoalitionsAsync();
        var intruder = await SignInAsync("coalition2.admin@demo.test");
        var ids = new List<Guid>();
        foreach (var type in TenantOwnedTypes())
        {
            ids.AddRange((await RowsAsync(type, a, ignoreFilter: true)).Where(r => r.CoalitionId == a).Take(2).Select(r => (Guid)KeyOf(r)));
        }

        var routes = RecordRoutes();
        Assert.NotEmpty(routes);
        var leaks = new List<string>();
        foreach (var route in routes)
        {
            foreach (var id in ids)
            {
                var url = "/" + route.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{id}", id.ToString(), StringComparison.Ordinal);
                var response = await intruder.GetAsync(url);
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Redirect))
                {
                    leaks.Add($"GET {url} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public async Task No_list_page_shows_another_coalitions_record_ids()
    {
        var (a, _) = await CoalitionsAsync();
        var intruder = await SignInAsync("coalition2.admin@demo.test");
        var idsOfA = new HashSet<string>();
        foreach (var type in TenantOwnedTypes())
        {
            foreach (var row in (await RowsAsync(type, a, ignoreFilter: true)).Where(r => r.CoalitionId == a))
            {
                idsOfA.Add(KeyOf(row).ToString()!);
            }
        }

        var lists = ListRoutes();
        Assert.NotEmpty(lists);
        foreach (var route in lists)
        {
            var response = await intruder.GetAsync("/" + route);
            var html = await response.Content.ReadAsStringAsync();
            var leaked = idsOfA.Where(id => html.Contains(id, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaked.Count == 0, $"/{route} shows ids of another coalition: {string.Join(", ", leaked.Take(5))}");
        }
    }

    private async Task<HttpClient> SignInAsync(string email) =>
        await new TestUser(app, Guid.Empty, email, DemoContext.Password).SignInAsync();

    private async Task<(Guid A, Guid B)> CoalitionsAsync()
    {
        var slugs = DemoSeeding.DemoCoalitions.Select(c => c.Slug).ToList();
        var ids = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var found = await db.Coalitions.Where(c => slugs.Contains(c.Slug)).Select(c => new { c.Slug, c.Id }).ToListAsync();
            return found.ToDictionary(c => c.Slug, c => c.Id);
        });
        return (ids[slugs[0]], ids[slugs[1]]);
    }

    private List<Type> TenantOwnedTypes()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null && !e.IsOwned())
            .Select(e => e.ClrType)
            .ToList();
    }

    private Task<List<ITenantOwned>> RowsAsync(Type type, Guid coalition, bool ignoreFilter) =>
        app.InScopeAsync(sp => (Task<List<ITenantOwned>>)RowsOf.MakeGenericMethod(type).Invoke(null, [sp.GetRequiredService<AppDbContext>(), ignoreFilter, coalition])!, coalition);

    // Without the filter, rows are still those of the asked coalition (compared by hand, not by the filter):
    // an unscoped Take(500) would cut a coalition's rows off once a table such as the audit trail grows.
    private static async Task<List<ITenantOwned>> Rows<T>(AppDbContext db, bool ignoreFilter, Guid coalition)
        where T : class, ITenantOwned
    {
        var query = db.Set<T>().AsNoTracking();
        var rows = await (ignoreFilter ? query.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(r => r.CoalitionId == coalition) : query).Take(20_000).ToListAsync();
        return rows.Cast<ITenantOwned>().ToList();
    }

    private object KeyOf(ITenantOwned row)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = db.Model.FindEntityType(row.GetType())!.FindPrimaryKey()!.Properties.Single();
        return key.PropertyInfo!.GetValue(row)!;
    }

    private static async Task<object?> LoadIgnoringFilterAsync(AppDbContext db, Type type, object key)
    {
        var method = typeof(TenantIsolationTests).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return await (Task<object?>)method.Invoke(null, [db, key])!;
    }

    private static async Task<object?> Load<T>(AppDbContext db, object key)
        where T : class
    {
        var keyName = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single().Name;
        return await db.Set<T>().IgnoreQueryFilters([AppDbContext.TenantFilter]).FirstOrDefaultAsync(e => EF.Property<object>(e, keyName).Equals(key));
    }

    private List<string> PageRoutes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => e.RoutePattern.RawText ?? "")
        .Where(r => !r.StartsWith("Errors", StringComparison.Ordinal) && !r.StartsWith("Account", StringComparison.Ordinal) && !r.StartsWith("health", StringComparison.Ordinal))
        .Distinct()
        .ToList();

    private List<string> RecordRoutes() => PageRoutes()
        .Where(r => r.Contains("{id:guid}", StringComparison.Ordinal) && r.Count(c => c == '{') == 1)
        .ToList();

    private List<string> ListRoutes() => PageRoutes()
        .Where(r => !r.Contains('{', StringComparison.Ordinal) && r.Length > 0 && r != "Language")
        .ToList();
}
