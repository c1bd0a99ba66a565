namespace Bridgework.Web.Features.Users;

/// <summary>Marker for the Users module's text (Resources/Features/Users/UsersText.es.resx).</summary>
public sealed class UsersText;
