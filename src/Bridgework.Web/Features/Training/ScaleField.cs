namespace Bridgework.Web.Features.Training;

/// <summary>A 1–5 question on a form (see _Scale.cshtml): its field name, the question and what the ends mean, all translated.</summary>
public sealed record ScaleField(string Name, string Legend, int? Value, string Low, string High);
