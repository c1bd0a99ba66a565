using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.Training.Sections;

/// <summary>Every Training section this user may open, grouped by whom it is for, each with what it is for.</summary>
public sealed class IndexModel(PermissionGrants grants) : PageModel
{
    public IReadOnlyList<IGrouping<SectionGroup, TrainingSection>> Groups { get; private set; } = [];

    public void OnGet() =>
        Groups = TrainingSections.For(User, grants).GroupBy(s => s.Group).OrderBy(g => g.Key).ToList();
}
