namespace Bridgework.Web.Features.Audit;

/// <summary>Marker for the audit trail pages' text (Resources/Features/Audit/AuditText.es.resx).</summary>
public sealed class AuditText;
