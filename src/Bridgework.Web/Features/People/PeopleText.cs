namespace Bridgework.Web.Features.People;

/// <summary>Marker for the People module's text (Resources/Features/People/PeopleText.es.resx).</summary>
public sealed class PeopleText;
