using System.Globalization;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Web.Features.People;

/// <summary>
/// The directory as a CSV file, with the filters and sort of the directory page, in the columns of the
/// import template. Rows stream from the database to the response; lived experience is never a column.
/// </summary>
[Authorize(Policy = PeoplePermissions.Manage)]
public sealed class ExportModel(AppDbContext db, StaffAccess access, StaffDirectory directory, CoalitionCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DirectoryFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var viewer = await access.ViewerAsync(User, cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        var staff = directory.Sort(directory.Filter(access.Listable(viewer), Filter), Filter);
        var organizations = db.Set<Organization>();
        var sites = db.Set<Site>();
        var people = db.Set<StaffMember>();
        var rows = staff.AsNoTracking().Select(s => new
        {
            s.LegalFirstName,
            s.LegalLastName,
            s.PreferredName,
            s.Pronouns,
            s.JobFamily,
            s.JobTitle,
            Organization = organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            Site = sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            Supervisor = people.Where(x => x.Id == s.SupervisorId).Select(x => x.Email ?? x.LegalFirstName + " " + x.LegalLastName).FirstOrDefault(),
            s.HireDate,
            s.Fte,
            s.Status,
            s.SeparationDate,
            s.SeparationReason,
            s.Email,
            s.Phone,
            Languages = s.Languages.OrderByDescending(l => l.Proficiency).ThenBy(l => l.Language).Select(l => new { l.Language, l.Proficiency }).ToList(),
        });

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"staff-{today:yyyy-MM-dd}.csv\"";
        Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(Response.Body, RosterCsv.FileEncoding, bufferSize: 16 * 1024);
        await using var csv = new CsvWriter(writer, RosterCsv.WriterConfiguration());
        foreach (var header in RosterCsv.Headers)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string[] fields =
            [
                r.LegalFirstName, r.LegalLastName, r.PreferredName ?? "", r.Pronouns ?? "", StaffLabels.Of(r.JobFamily), r.JobTitle ?? "",
                r.Organization ?? "", r.Site ?? "", r.Supervisor ?? "", RosterCsv.Date(r.HireDate), r.Fte.ToString("0.0#", CultureInfo.InvariantCulture),
                StaffLabels.Of(r.Status), RosterCsv.Date(r.SeparationDate), r.SeparationReason ?? "", r.Email ?? "", r.Phone ?? "",
                RosterCsv.FormatLanguages(r.Languages.Select(l => (l.Language, l.Proficiency))),
            ];
            foreach (var field in fields)
            {
                csv.WriteField(RosterCsv.Neutralise(field));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        return new EmptyResult();
    }
}
