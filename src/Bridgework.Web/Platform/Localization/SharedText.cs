namespace Bridgework.Web.Platform.Localization;

/// <summary>
/// Marker for the text shared by every page: the layout, navigation, validation and error pages
/// (Resources/Platform/Localization/SharedText.es.resx). Each module keeps its own marker,
/// Features/&lt;Module&gt;/&lt;Module&gt;Text.cs, with its resources beside this one.
/// </summary>
public sealed class SharedText;
