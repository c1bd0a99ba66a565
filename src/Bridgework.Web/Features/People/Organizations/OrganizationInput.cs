using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.People.Organizations;

/// <summary>What the new and edit forms of an organization send.</summary>
public sealed class OrganizationInput
{
    [Required(ErrorMessage = "Enter the organization’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose what kind of organization this is.")]
    [Display(Name = "Kind")]
    public OrganizationKind? Kind { get; set; }

    [StringLength(200, ErrorMessage = "Keep the street address to 200 characters or fewer.")]
    [Display(Name = "Street address")]
    public string? AddressLine { get; set; }

    [StringLength(100, ErrorMessage = "Keep the city to 100 characters or fewer.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [StringLength(100, ErrorMessage = "Keep the county to 100 characters or fewer.")]
    [Display(Name = "County")]
    public string? County { get; set; }

    [RegularExpression(Formats.ZipCode, ErrorMessage = "Enter a 5-digit ZIP code, like 93721.")]
    [Display(Name = "ZIP code")]
    public string? PostalCode { get; set; }

    [StringLength(40, ErrorMessage = "Keep the phone number to 40 characters or fewer.")]
    [RegularExpression(Formats.Phone, ErrorMessage = "Enter a phone number like (559) 555-0142.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(300, ErrorMessage = "Keep the website address to 300 characters or fewer.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    public Guid Version { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        Name = o.Name,
        Kind = o.Kind,
        AddressLine = o.AddressLine,
        City = o.City,
        County = o.County,
        PostalCode = o.PostalCode,
        Phone = o.Phone,
        Website = o.Website,
        Version = o.Version,
    };

    public void ApplyTo(Organization o)
    {
        o.Name = Name.Trim();
        o.Kind = Kind!.Value;
        o.AddressLine = Formats.Clean(AddressLine);
        o.City = Formats.Clean(City);
        o.County = Formats.Clean(County);
        o.PostalCode = Formats.Clean(PostalCode);
        o.Phone = Formats.Clean(Phone);
        o.Website = Formats.Website(Website);
    }
}
