using System.Text;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People;

/// <summary>
/// Roster import: upload a CSV, read the preview with every problem by line and column, then import all of
/// it or nothing. The file travels from preview to commit in a protected hidden field.
/// </summary>
[Authorize(Policy = PeoplePermissions.Manage)]
[RequestFormLimits(ValueLengthLimit = 4 * 1024 * 1024, MultipartBodyLengthLimit = 4 * 1024 * 1024)]
public sealed class ImportModel(ImportRoster import, ImportPayload payloads, IStringLocalizer<PeopleText> text) : PageModel
{
    public const int PreviewRows = 100;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    public RosterCheck? Check { get; private set; }

    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public FileContentResult OnGetTemplate()
    {
        var header = string.Join(",", RosterCsv.Headers) + "\r\n";
        return File(RosterCsv.FileEncoding.GetPreamble().Concat(Encoding.UTF8.GetBytes(header)).ToArray(), "text/csv; charset=utf-8", "staff-roster-template.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Choose a CSV file to upload."]);
            return Page();
        }

        if (Upload.Length > ImportRoster.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["The file is larger than 2 MB. Split the roster into smaller files and import them one by one."]);
            return Page();
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        FileName = Path.GetFileName(Upload.FileName);
        if (import.CheckUpload(FileName, content) is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }

        Check = await import.CheckAsync(content, cancellationToken);
        Payload = Check.CanImport ? payloads.Protect(Guid.CreateVersion7(), FileName, content) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!payloads.TryUnprotect(Payload, out var importId, out var fileName, out var content))
        {
            Payload = null;
            ModelState.AddModelError(nameof(Upload), text["This preview is more than an hour old or could not be read. Upload the file again."]);
            return Page();
        }

        var result = await import.CommitAsync(importId, fileName, content, User.UserId(), cancellationToken);
        switch (result.Outcome)
        {
            case RosterCommitOutcome.Imported:
                TempData["Flash"] = text["Imported {0} staff records from {1}.", result.Count, fileName].Value;
                return Redirect("/People?sort=name");
            case RosterCommitOutcome.AlreadyImported:
                TempData["Flash"] = text["{0} was already imported from this preview, so nothing was added again.", fileName].Value;
                return Redirect("/People");
            default:
                // The directory changed since the preview (someone added a person with the same e-mail, say).
                FileName = fileName;
                Check = result.Check;
                Payload = null;
                ModelState.AddModelError(string.Empty, text["The directory changed since the preview, and the file no longer imports cleanly. Nothing was imported. See the problems below."]);
                return Page();
        }
    }
}
