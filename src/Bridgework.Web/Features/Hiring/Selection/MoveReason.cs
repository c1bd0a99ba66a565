using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Selection;

/// <summary>Why a candidate is moved: a reason from the coalition's list and a note, or a typed reason alone.</summary>
public sealed record MoveReason(Guid? ReasonId, string? Note);

/// <summary>The move forms' reason list and what was chosen, for <c>_ReasonFields</c>.</summary>
public sealed record ReasonFields(IReadOnlyList<ReasonFields.Choice> Choices, Guid? ReasonId, string? Note)
{
    public sealed record Choice(Guid Id, PhaseKind Kind, string Label);

    /// <summary>The listed reasons in use, not-selected ones first; a coalition keeps a short list.</summary>
    public static async Task<IReadOnlyList<Choice>> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Set<EndingReason>().AsNoTracking().Where(r => !r.IsArchived)
            .OrderBy(r => r.Kind).ThenBy(r => r.SortOrder).ThenBy(r => r.Label)
            .Take(200)
            .Select(r => new Choice(r.Id, r.Kind, r.Label))
            .ToListAsync(cancellationToken);
}
