using Microsoft.Extensions.Options;

namespace Bridgework.Web.Platform.Files;

public sealed class EvidenceFileOptions
{
    /// <summary>Where uploaded documents are kept, relative to the content root: never under wwwroot.</summary>
    public string Folder { get; set; } = "data/uploads";
}

/// <summary>
/// Documents people upload as proof (certificates, credential cards): PDF, PNG or JPEG up to 5 MB,
/// recognized by their first bytes rather than their name or declared type, and kept outside the web root
/// under a random name in a folder per coalition. They are only ever sent back as downloads of an opaque
/// type, never shown inline, so a crafted file cannot run in the browser.
/// </summary>
public sealed class EvidenceFiles(IWebHostEnvironment environment, IOptions<EvidenceFileOptions> options)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>What the file input accepts, for the browser's file picker only: the server checks content.</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

    public enum Kind
    {
        None,
        Pdf,
        Png,
        Jpeg,
    }

    public enum Problem
    {
        None,
        Empty,
        TooLarge,
        WrongType,
    }

    public static async Task<(Kind Kind, Problem Problem)> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (Kind.None, Problem.Empty);
        }

        if (file.Length > MaxBytes)
        {
            return (Kind.None, Problem.TooLarge);
        }

        var kind = await RecognizeAsync(file, cancellationToken);
        return kind == Kind.None ? (kind, Problem.WrongType) : (kind, Problem.None);
    }

    public static async Task<Kind> RecognizeAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var head = new byte[8];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Kind.Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Kind.Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Kind.Jpeg;
        }

        return Kind.None;
    }

    public string PathOf(Guid coalitionId, string storedName) =>
        Path.Combine(Root, coalitionId.ToString("N"), Path.GetFileName(storedName));

    public async Task<string> SaveAsync(Guid coalitionId, IFormFile file, Kind kind, CancellationToken cancellationToken)
    {
        var extension = kind switch
        {
            Kind.Pdf => ".pdf",
            Kind.Png => ".png",
            Kind.Jpeg => ".jpg",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only recognized files are stored."),
        };
        var stored = Guid.CreateVersion7().ToString("N") + extension;
        var path = PathOf(coalitionId, stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = File.Create(path);
        await file.CopyToAsync(target, cancellationToken);
        return stored;
    }

    /// <summary>A name safe to offer in a download: the uploaded name without any folder, at most 200 characters.</summary>
    public static string CleanName(string? uploaded, Kind kind)
    {
        var name = Path.GetFileName(uploaded ?? "").Trim();
        if (name.Length == 0)
        {
            name = "document" + (kind == Kind.Pdf ? ".pdf" : kind == Kind.Png ? ".png" : ".jpg");
        }

        return name.Length > 200 ? name[^200..] : name;
    }

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder, "evidence"));
}
