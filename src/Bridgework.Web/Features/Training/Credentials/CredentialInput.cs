using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.Training.Credentials;

/// <summary>What the credential form sends, besides the document.</summary>
public sealed class CredentialInput
{
    [Display(Name = "Kind of credential")]
    public CredentialType Type { get; set; }

    [Required(ErrorMessage = "Enter the credential’s name as it appears on the certificate.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the issuer to 200 characters or fewer.")]
    [Display(Name = "Issued by")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Enter the date it was issued.")]
    [Display(Name = "Issued on")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Expires on (leave empty if it does not expire)")]
    public DateOnly? ExpiresOn { get; set; }

    public List<PeerSpecialization> Specializations { get; set; } = [];

    public Guid Version { get; set; }

    public void ApplyTo(Credential credential)
    {
        credential.Type = Type;
        credential.Name = Name.Trim();
        credential.Issuer = string.IsNullOrWhiteSpace(Issuer) ? null : Issuer.Trim();
        credential.IssuedOn = IssuedOn!.Value;
        credential.ExpiresOn = ExpiresOn;
        credential.Specializations = Type is CredentialType.PeerSupportSpecialist or CredentialType.PeerSpecialization && Specializations.Count > 0
            ? string.Join(",", Specializations.Distinct().Order())
            : null;
    }

    public static List<PeerSpecialization> Parse(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<PeerSpecialization>(s, out var v) ? v : (PeerSpecialization?)null)
            .OfType<PeerSpecialization>().ToList();
}

public static class CredentialLabels
{
    public static string Label(this PeerSpecialization specialization) => specialization switch
    {
        PeerSpecialization.ParentCaregiverFamily => "Parent, caregiver or family member",
        PeerSpecialization.CrisisCare => "Crisis care",
        PeerSpecialization.Unhoused => "Unhoused populations",
        _ => "Justice-involved",
    };
}
