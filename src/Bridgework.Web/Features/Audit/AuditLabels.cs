using Bridgework.Web.Features.Shared;

namespace Bridgework.Web.Features.Audit;

/// <summary>Readable English labels for entity and field names; the page translates them through AuditText.</summary>
public static class AuditLabels
{
    public static string Entity(string name) => Labels.Words(name);

    public static string Field(string name) => name switch
    {
        "Fte" => "FTE",
        "UserId" => "User account",
        _ => Labels.Words(name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name),
    };
}
