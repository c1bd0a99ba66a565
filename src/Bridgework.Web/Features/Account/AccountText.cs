namespace Bridgework.Web.Features.Account;

/// <summary>Marker for the Account pages' text (Resources/Features/Account/AccountText.es.resx).</summary>
public sealed class AccountText;
