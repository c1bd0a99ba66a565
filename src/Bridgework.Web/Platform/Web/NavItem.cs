namespace Bridgework.Web.Platform.Web;

/// <summary>
/// An entry in the main navigation. Modules register theirs in Add&lt;Module&gt;(); the layout shows an
/// entry only to users holding <see cref="Permission"/>, with its title read from <see cref="Text"/>.
/// </summary>
public sealed record NavItem(string Title, string Url, string Permission, Type Text, int Order = 100);
