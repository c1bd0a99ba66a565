namespace Bridgework.Web.Platform.Web;

/// <summary>
/// One signed-in form post that succeeded, remembered so that the same form sent again (a double click,
/// a reload, a retry after a timeout) leads to what the first one made instead of making it twice.
/// </summary>
public sealed class FormSubmission
{
    /// <summary>The id the form carried in its hidden __SubmissionId field.</summary>
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>Where the first post sent the user; null while that post is still being handled.</summary>
    public string? ResultUrl { get; set; }

    public DateTime At { get; init; }
}
