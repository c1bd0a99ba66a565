using System.Reflection;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Tenancy;
using NetArchTest.Rules;

namespace Bridgework.Tests.Architecture;

/// <summary>The module rules of DESIGN.md, held by the compiled code.</summary>
public sealed class ModuleRulesTests
{
    private const string Features = "Bridgework.Web.Features";
    private static readonly Assembly Web = typeof(AppDbContext).Assembly;

    /// <summary>Modules every module may use.</summary>
    private static readonly string[] Shared = ["People", "Shared", "Errors", "Account"];

    [Fact]
    public void Platform_never_uses_a_feature_module()
    {
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace("Bridgework.Web.Platform")
            .ShouldNot().HaveDependencyOn(Features)
            .GetResult();

        Assert.True(result.IsSuccessful, "Platform types that use Features: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_public_facts_surface()
    {
        var modules = ModuleNames();
        var failures = new List<string>();
        foreach (var module in modules.Where(m => !Shared.Contains(m)))
        {
            var forbidden = Web.GetTypes()
                .Where(t => t.Namespace is { } ns && ns.StartsWith(Features + ".", StringComparison.Ordinal))
                .Where(t => ModuleOf(t) is { } other && other != module && !Shared.Contains(other))
                .Where(t => !t.Name.EndsWith("Facts", StringComparison.Ordinal) && !IsFactsRecord(t))
                .Select(t => t.FullName!)
                .ToArray();
            if (forbidden.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(Web)
                .That().ResideInNamespace($"{Features}.{module}")
                .ShouldNot().HaveDependencyOnAny(forbidden)
                .GetResult();
            if (!result.IsSuccessful)
            {
                failures.Add($"{module}: {string.Join(", ", result.FailingTypeNames ?? [])}");
            }
        }

        Assert.True(failures.Count == 0, "Modules reaching into another module: " + string.Join("; ", failures));
    }

    [Fact]
    public void Every_tenant_owned_entity_lives_in_a_module_or_the_platform_and_has_a_coalition_id()
    {
        var owned = Web.GetTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();

        Assert.NotEmpty(owned);
        Assert.All(owned, t => Assert.True(
            t.Namespace!.StartsWith(Features, StringComparison.Ordinal) || t.Namespace.StartsWith("Bridgework.Web.Platform", StringComparison.Ordinal),
            t.FullName));
    }

    private static List<string> ModuleNames() => Web.GetTypes()
        .Select(ModuleOf)
        .OfType<string>()
        .Distinct()
        .ToList();

    private static string? ModuleOf(Type t) =>
        t.Namespace is { } ns && ns.StartsWith(Features + ".", StringComparison.Ordinal)
            ? ns[(Features.Length + 1)..].Split('.')[0]
            : null;

    /// <summary>Records nested in or returned by a *Facts class are part of that public surface, and so are the types of their properties.</summary>
    private static bool IsFactsRecord(Type t) =>
        t.DeclaringType?.Name.EndsWith("Facts", StringComparison.Ordinal) == true
        || t.Namespace!.EndsWith(".Facts", StringComparison.Ordinal)
        || ReturnedByFacts.Contains(t)
        || ReturnedByFacts.SelectMany(r => r.GetProperties(BindingFlags.Public | BindingFlags.Instance)).SelectMany(p => Unwrap(p.PropertyType)).Contains(t);

    private static readonly HashSet<Type> ReturnedByFacts = Web.GetTypes()
        .Where(t => t.Name.EndsWith("Facts", StringComparison.Ordinal))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .SelectMany(m => Unwrap(m.ReturnType))
        .ToHashSet();

    private static IEnumerable<Type> Unwrap(Type t) => t.IsGenericType ? t.GetGenericArguments().SelectMany(Unwrap) : [t];
}
