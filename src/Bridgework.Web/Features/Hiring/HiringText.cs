namespace Bridgework.Web.Features.Hiring;

/// <summary>Marker for the Hiring module's text (Resources/Features/Hiring/HiringText.es.resx).</summary>
public sealed class HiringText;
