using Bridgework.Web.Platform.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Records;

/// <summary>Checks an uploaded certificate or document and puts the reason beside the field when it is refused.</summary>
public static class EvidenceUpload
{
    public static async Task<EvidenceFiles.Kind> CheckAsync(
        IFormFile? file, string field, bool required, ModelStateDictionary state, IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            if (required)
            {
                state.AddModelError(field, text["Upload the certificate as a PDF or a photo."]);
            }

            return EvidenceFiles.Kind.None;
        }

        var (kind, problem) = await EvidenceFiles.CheckAsync(file, cancellationToken);
        switch (problem)
        {
            case EvidenceFiles.Problem.Empty:
                state.AddModelError(field, text["The file is empty. Choose the file again."]);
                break;
            case EvidenceFiles.Problem.TooLarge:
                state.AddModelError(field, text["The file is larger than 5 MB. Upload a smaller copy or a photo."]);
                break;
            case EvidenceFiles.Problem.WrongType:
                state.AddModelError(field, text["Upload a PDF, PNG or JPEG file. This file is none of them."]);
                break;
        }

        return kind;
    }
}
