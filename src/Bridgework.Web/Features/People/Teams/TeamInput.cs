using System.ComponentModel.DataAnnotations;

namespace Bridgework.Web.Features.People.Teams;

/// <summary>What the new and edit forms of a team send.</summary>
public sealed class TeamInput
{
    [Required(ErrorMessage = "Enter the team’s name.")]
    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Keep the description to 1,000 characters or fewer.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Organization")]
    public Guid? OrganizationId { get; set; }

    [Display(Name = "Supervisor")]
    public Guid? SupervisorId { get; set; }

    /// <summary>Part of a name, to list staff beyond the supervisors in the supervisor choice.</summary>
    [StringLength(100, ErrorMessage = "Type fewer than 100 characters to search.")]
    [Display(Name = "Find someone else")]
    public string? SupervisorSearch { get; set; }

    public Guid Version { get; set; }

    public static TeamInput From(Team t) => new()
    {
        Name = t.Name,
        Description = t.Description,
        OrganizationId = t.OrganizationId,
        SupervisorId = t.SupervisorId,
        Version = t.Version,
    };

    public void ApplyTo(Team t)
    {
        t.Name = Name.Trim();
        t.Description = Formats.Clean(Description);
        t.OrganizationId = OrganizationId;
        t.SupervisorId = SupervisorId;
    }
}
