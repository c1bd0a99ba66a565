namespace Bridgework.Web.Features.Training;

/// <summary>Marker for the Training module's text (Resources/Features/Training/TrainingText.es.resx).</summary>
public sealed class TrainingText;
