using System.Globalization;
using System.Linq.Expressions;
using Bridgework.Web.Features.People;
using Bridgework.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>
/// A posting as the public reads it. It carries the public code and the coalition's slug, never record ids.
/// </summary>
public sealed record JobCard(
    string CoalitionSlug,
    string CoalitionName,
    string Code,
    HiringRole Role,
    string Title,
    string? SpanishTitle,
    string? Organization,
    string? City,
    decimal PayMin,
    decimal PayMax,
    int FieldPercent,
    string Languages,
    DateOnly? ClosesOn)
{
    /// <summary>The network board reads organizations and sites of every coalition that has an open posting.</summary>
    private static readonly string[] AllCoalitions = [AppDbContext.TenantFilter];

    public string Path => $"/Jobs/{CoalitionSlug}/{Code}";

    public string TitleFor(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" && SpanishTitle is not null ? SpanishTitle : Title;

    public static Expression<Func<Posting, JobCard>> Project(AppDbContext db) => p => new JobCard(
        db.Coalitions.Where(c => c.Id == p.CoalitionId).Select(c => c.Slug).First(),
        db.Coalitions.Where(c => c.Id == p.CoalitionId).Select(c => c.Name).First(),
        p.PublicCode,
        p.Role,
        p.Title,
        p.SpanishTitle,
        db.Set<Organization>().IgnoreQueryFilters(AllCoalitions).Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
        db.Set<Site>().IgnoreQueryFilters(AllCoalitions).Where(s => s.Id == p.SiteId).Select(s => s.City).FirstOrDefault(),
        p.PayMin,
        p.PayMax,
        p.FieldPercent,
        p.LanguagesNeeded,
        p.ClosesOn);
}
