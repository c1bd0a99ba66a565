namespace Bridgework.Web.Features.Careers;

/// <summary>Marker for the Careers module's text (Resources/Features/Careers/CareersText.es.resx).</summary>
public sealed class CareersText;
