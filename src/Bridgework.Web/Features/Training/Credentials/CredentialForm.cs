using Bridgework.Web.Features.Training.Records;
using Bridgework.Web.Platform.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Training.Credentials;

/// <summary>The rules of the credential form, shared by adding and editing.</summary>
public static class CredentialForm
{
    public static async Task<EvidenceFiles.Kind> CheckAsync(
        CredentialInput input, IFormFile? document, ModelStateDictionary state, IStringLocalizer<TrainingText> text, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Type))
        {
            state.AddModelError("Input.Type", text["Choose a kind of credential from the list."]);
        }

        if (input.IssuedOn is { } issued && input.ExpiresOn is { } expires && expires <= issued)
        {
            state.AddModelError("Input.ExpiresOn", text["The expiry date must come after the issue date."]);
        }

        return await EvidenceUpload.CheckAsync(document, "Document", required: false, state, text, cancellationToken);
    }
}

/// <summary>What the credential fields partial reads from its page.</summary>
public interface ICredentialPage
{
    CredentialInput Input { get; }

    string? CurrentFile { get; }
}
