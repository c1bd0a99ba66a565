using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Training.Courses;

/// <summary>One course of the catalog: what it is, what it builds, and what its hours count toward.</summary>
public sealed class DetailsModel(AppDbContext db, PermissionGrants grants) : PageModel
{
    public View Course { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new View(
                c.Id, c.Title, c.Description, c.Kind, c.Format, c.Hours, c.Languages, c.Provider,
                db.Set<ContinuingEducationRequirement>().Where(r => r.Id == c.RequirementId).Select(r => r.Name).FirstOrDefault(),
                c.IsLawAndEthics, c.GrantsCredential, c.CredentialValidYears, c.IsArchived, new List<string>()))
            .FirstOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        course.Competencies.AddRange(await db.Set<CourseCompetency>().AsNoTracking()
            .Where(x => x.CourseId == id)
            .Join(db.Set<Competency>(), x => x.CompetencyId, k => k.Id, (x, k) => k)
            .OrderBy(k => k.SortOrder).ThenBy(k => k.Name)
            .Select(k => k.Name)
            .Take(50)
            .ToListAsync(cancellationToken));

        Course = course;
        CanManage = User.Has(TrainingPermissions.Manage, grants);
        return Page();
    }

    public static string LanguageNames(string codes, bool spanish) => string.Join(", ",
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => Languages.Name(c, spanish)));

    public sealed record View(
        Guid Id, string Title, string? Description, CourseKind Kind, CourseFormat Format, decimal Hours, string Languages, string? Provider,
        string? Requirement, bool IsLawAndEthics, CredentialType? GrantsCredential, int? CredentialValidYears, bool IsArchived, List<string> Competencies);
}
