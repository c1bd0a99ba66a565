using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Bridgework.Web.Platform.Web;

/// <summary>
/// Gives every post form a fresh <c>__SubmissionId</c>, which <see cref="DuplicateSubmissionFilter"/> uses to
/// recognise the same form arriving twice. A form opts out with <c>data-repeatable</c>.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionIdTagHelper : TagHelper
{
    public const string FieldName = "__SubmissionId";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) || output.Attributes.ContainsName("data-repeatable"))
        {
            return;
        }

        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Guid.NewGuid()}\" />");
    }
}
