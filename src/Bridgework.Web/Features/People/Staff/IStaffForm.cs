namespace Bridgework.Web.Features.People.Staff;

/// <summary>What the shared staff form partial (_StaffForm) reads from the New and Edit pages.</summary>
public interface IStaffForm
{
    StaffInput Input { get; }

    StaffFormOptions Options { get; }

    /// <summary>After a concurrency conflict: the other person's values of the fields that differ.</summary>
    IReadOnlyDictionary<string, string> Theirs { get; }
}
