using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.People.Organizations.Sites;

/// <summary>What the new and edit forms of a site send.</summary>
public sealed class SiteInput
{
    [Required(ErrorMessage = "Enter the site’s name, like “Southeast Fresno Community Clinic”.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

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

    public Guid Version { get; set; }

    public static SiteInput From(Site s) => new()
    {
        Name = s.Name,
        AddressLine = s.AddressLine,
        City = s.City,
        County = s.County,
        PostalCode = s.PostalCode,
        Version = s.Version,
    };

    public void ApplyTo(Site s)
    {
        s.Name = Name.Trim();
        s.AddressLine = Formats.Clean(AddressLine);
        s.City = Formats.Clean(City);
        s.County = Formats.Clean(County);
        s.PostalCode = Formats.Clean(PostalCode);
    }
}
