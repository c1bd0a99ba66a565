using System.IO.Compression;

namespace Bridgework.Web.Features.Hiring.Apply;

public sealed class HiringOptions
{
    /// <summary>Where uploaded resumes are kept, relative to the content root: never under wwwroot.</summary>
    public string UploadFolder { get; set; } = "data/uploads";
}

/// <summary>
/// Optional resumes: PDF or DOCX up to 5 MB, recognized by their content rather than their name, and kept
/// outside the web root under a random name. They are only ever sent back as downloads.
/// </summary>
public sealed class ResumeFiles(IWebHostEnvironment environment, Microsoft.Extensions.Options.IOptions<HiringOptions> options)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public enum Kind
    {
        None,
        Pdf,
        Docx,
    }

    public static async Task<Kind> RecognizeAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var head = new byte[5];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read >= 5 && head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return Kind.Pdf;
        }

        if (read >= 4 && head.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
        {
            // A DOCX is a zip holding word/document.xml; any other zip is refused.
            try
            {
                stream.Position = 0;
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                return zip.GetEntry("word/document.xml") is null ? Kind.None : Kind.Docx;
            }
            catch (InvalidDataException)
            {
                return Kind.None;
            }
        }

        return Kind.None;
    }

    public string PathOf(Guid coalitionId, string storedName) =>
        Path.Combine(Root, coalitionId.ToString("N"), Path.GetFileName(storedName));

    public async Task<string> SaveAsync(Guid coalitionId, IFormFile file, Kind kind, CancellationToken cancellationToken)
    {
        var stored = Guid.CreateVersion7().ToString("N") + (kind == Kind.Pdf ? ".pdf" : ".docx");
        var path = PathOf(coalitionId, stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = File.Create(path);
        await file.CopyToAsync(target, cancellationToken);
        return stored;
    }

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.UploadFolder));
}
