namespace Bridgework.Web.Features.Network;

/// <summary>Marker for the Network module's text (Resources/Features/Network/NetworkText.es.resx).</summary>
public sealed class NetworkText;
