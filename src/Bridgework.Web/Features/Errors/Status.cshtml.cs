using System.Diagnostics;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Errors;

/// <summary>
/// The friendly page for every error status. When the database cannot be reached it answers 503, says
/// the last action was not saved, and shows back what the user had typed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedText> text) : PageModel
{
    private static readonly string[] NeverEcho = ["password", "token", "secret", "code", "__RequestVerificationToken"];

    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string? TraceId { get; private set; }

    public string? OriginalPath { get; private set; }

    public List<(string Name, string Value)> SentFields { get; } = [];

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null && DatabaseUnavailable.Is(failure.Error))
        {
            code = 503;
            OriginalPath = failure.Path;
            if (HttpMethods.IsPost(Request.Method) && Request.HasFormContentType)
            {
                foreach (var (name, values) in Request.Form)
                {
                    if (!NeverEcho.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
                    {
                        SentFields.AddRange(values.Select(v => (name, v ?? "")));
                    }
                }
            }
        }

        Code = code;
        (Heading, Message) = code switch
        {
            403 => (text["You don’t have access to this page"], text["Your role doesn’t include this. If you think it should, ask your coalition admin."]),
            404 => (text["We can’t find that page"], text["The link may be old, or the record may belong to another coalition. Check the address or start from the home page."]),
            429 => (text["Too many tries"], text["Please wait a minute and try again."]),
            503 => (text["Bridgework can’t reach its database right now"], text["Your last action was not saved. Please try again in a few minutes."]),
            >= 500 => (text["Something went wrong on our side"], text["Your last action may not have been saved. Please try again; if it keeps happening, tell your coalition admin."]),
            _ => (text["Something is not right with that request"], text["Go back and try again."]),
        };

        if (code >= 500)
        {
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }

        Response.StatusCode = code;
        return Page();
    }
}
