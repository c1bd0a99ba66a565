using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Bridgework.Web.Features.People.Staff;
using Bridgework.Web.Platform.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.People;

/// <summary>A problem in a roster file: the line as a spreadsheet numbers it (the header is line 1) and the column.</summary>
public sealed record RosterProblem(int Line, string? Column, string Message);

/// <summary>A line of the file as it will be imported.</summary>
public sealed record RosterRow(int Line, StaffMember Staff, string Organization, string? Site, string? Supervisor);

public sealed record RosterCheck(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterProblem> Problems)
{
    public bool CanImport => Problems.Count == 0 && Rows.Count > 0;
}

public enum RosterCommitOutcome
{
    Imported,
    Invalid,
    AlreadyImported,
}

public sealed record RosterCommit(RosterCommitOutcome Outcome, RosterCheck? Check = null, int Count = 0);

/// <summary>
/// Reads a roster CSV, lists every problem by line and column, and imports all of its rows or none.
/// The same checks run again at commit, against the coalition as it is then.
/// </summary>
public sealed class ImportRoster(AppDbContext db, CoalitionCalendar calendar, TimeProvider clock, IStringLocalizer<PeopleText> text)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Checks that an upload is a text CSV of at most 2 MB; answers the problem, or null.</summary>
    public string? CheckUpload(string fileName, byte[] content)
    {
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return text["Choose a .csv file. In a spreadsheet program, use Save As and choose CSV UTF-8."];
        }

        if (content.Length == 0)
        {
            return text["The file is empty."];
        }

        if (content.Length > MaxBytes)
        {
            return text["The file is larger than 2 MB. Split the roster into smaller files and import them one by one."];
        }

        if (content is [(byte)'P', (byte)'K', 3, 4, ..])
        {
            return text["This looks like an Excel workbook, not a CSV file. In Excel, choose File, Save As, CSV UTF-8, and upload that file."];
        }

        return Decode(content) is null
            ? text["This file is not a text CSV file. Save it as CSV UTF-8 and try again."].Value
            : null;
    }

    /// <summary>Reads the file as text: UTF-8 (with or without a byte-order mark), else Windows-1252 as older Excel saves it.</summary>
    public static string? Decode(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            decoded = CodePagesEncodingProvider.Instance.GetEncoding(1252)?.GetString(content) ?? Encoding.Latin1.GetString(content);
        }

        decoded = decoded.TrimStart('\uFEFF');
        return decoded.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')) ? null : decoded;
    }

    public async Task<RosterCheck> CheckAsync(byte[] content, CancellationToken cancellationToken)
    {
        var problems = new List<RosterProblem>();
        var parsed = new List<ParsedLine>();
        var decoded = Decode(content);
        if (decoded is null)
        {
            problems.Add(new RosterProblem(1, null, text["This file is not a text CSV file. Save it as CSV UTF-8 and try again."]));
            return new RosterCheck([], problems);
        }

        if (!Read(decoded, parsed, problems))
        {
            return new RosterCheck([], problems);
        }

        var lookups = await LookupsAsync(parsed, cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        var rows = parsed.Select(p => Build(p, lookups, today, problems)).ToList();
        ResolveSupervisors(parsed, rows, lookups, problems);

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new RosterProblem(2, null, text["The file has a header line but no staff. Add one line per person under the header."]));
        }

        return new RosterCheck(rows, problems.OrderBy(p => p.Line).ThenBy(p => Column(p.Column)).ToList());
    }

    public async Task<RosterCommit> CommitAsync(Guid importId, string fileName, byte[] content, Guid? userId, CancellationToken cancellationToken)
    {
        if (await db.Set<ImportedRoster>().AnyAsync(i => i.Id == importId, cancellationToken))
        {
            return new RosterCommit(RosterCommitOutcome.AlreadyImported);
        }

        var check = await CheckAsync(content, cancellationToken);
        if (!check.CanImport)
        {
            return new RosterCommit(RosterCommitOutcome.Invalid, check);
        }

        db.AddRange(check.Rows.Select(r => r.Staff));
        db.Add(new ImportedRoster
        {
            Id = importId,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 260 } name ? name : "roster.csv",
            FileHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
            RowCount = check.Rows.Count,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = userId,
        });

        try
        {
            // One save, one transaction: every row or none.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two commits of one preview at the same moment: the second trips over the first one's id.
            if (await AlreadyImportedAsync(importId, cancellationToken))
            {
                return new RosterCommit(RosterCommitOutcome.AlreadyImported);
            }

            throw;
        }

        return new RosterCommit(RosterCommitOutcome.Imported, check, check.Rows.Count);
    }

    private async Task<bool> AlreadyImportedAsync(Guid importId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<ImportedRoster>().AnyAsync(i => i.Id == importId, cancellationToken);
    }

    private static int Column(string? name) => name is null ? -1 : RosterCsv.Headers.ToList().IndexOf(name);

    private sealed record ParsedLine(int Line, Dictionary<string, string> Values)
    {
        public string this[string column] => Values.TryGetValue(column, out var v) ? v : "";
    }

    private bool Read(string decoded, List<ParsedLine> lines, List<RosterProblem> problems)
    {
        var badLines = new HashSet<int>();
        using var reader = new StringReader(decoded);
        using var csv = new CsvReader(reader, RosterCsv.ReaderConfiguration(line => badLines.Add(line)));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            problems.Add(new RosterProblem(1, null, text["The file is empty. Start from the template: it has the header line the import needs."]));
            return false;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var known = RosterCsv.Headers.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                if (name.Length > 0)
                {
                    problems.Add(new RosterProblem(1, name, text["Unknown column “{0}”. Use the column names of the template.", name]));
                }
            }
            else if (!columns.TryAdd(known, i))
            {
                problems.Add(new RosterProblem(1, known, text["The column “{0}” appears twice.", known]));
            }
        }

        foreach (var required in RosterCsv.Required.Where(r => !columns.ContainsKey(r)))
        {
            problems.Add(new RosterProblem(1, required, text["The column “{0}” is missing. Start from the template.", required]));
        }

        if (problems.Count > 0)
        {
            return false;
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count > header.Length && Enumerable.Range(header.Length, csv.Parser.Count - header.Length).Any(i => !string.IsNullOrWhiteSpace(csv.GetField(i))))
            {
                problems.Add(new RosterProblem(line, null, text["This line has more values than the header has columns. A value with a comma in it needs quotation marks around it."]));
            }

            var values = columns.ToDictionary(c => c.Key, c => RosterCsv.Unneutralise(c.Value < csv.Parser.Count ? csv.GetField(c.Value) : ""), StringComparer.Ordinal);
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            lines.Add(new ParsedLine(line, values));
        }

        foreach (var line in badLines)
        {
            problems.Add(new RosterProblem(line, null, text["A quotation mark on this line is out of place. Put quotation marks around the whole value and double any inside it."]));
        }

        return true;
    }

    private sealed record Person(Guid Id, string? Email, string Legal, string Preferred);

    private sealed record Lookups(
        IReadOnlyList<(Guid Id, string Name)> Organizations,
        IReadOnlyList<(Guid Id, Guid OrganizationId, string Name)> Sites,
        IReadOnlyList<Person> ExistingByEmail,
        IReadOnlyList<Person> ExistingByName);

    private async Task<Lookups> LookupsAsync(List<ParsedLine> lines, CancellationToken cancellationToken)
    {
        var organizations = (await db.Set<Organization>().Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
        var sites = (await db.Set<Site>().Select(s => new { s.Id, s.OrganizationId, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.OrganizationId, s.Name)).ToList();

        var supervisors = lines.Select(l => l[RosterCsv.Supervisor]).Where(s => s.Length > 0).ToList();
        var emails = lines.Select(l => l[RosterCsv.Email])
            .Concat(supervisors.Where(s => s.Contains('@', StringComparison.Ordinal)))
            .Where(e => e.Length > 0)
            .Select(e => e.ToLowerInvariant())
            .Distinct()
            .ToList();
        var names = supervisors.Where(s => !s.Contains('@', StringComparison.Ordinal)).Select(Normalize).Distinct().ToList();

        var staff = db.Set<StaffMember>();
#pragma warning disable CA1862 // translated to SQL lower(): names and e-mail addresses are matched without case
        var byEmail = emails.Count == 0 ? [] : await staff
            .Where(s => s.Email != null && emails.Contains(s.Email.ToLower()))
            .Select(s => new Person(s.Id, s.Email, s.LegalFirstName + " " + s.LegalLastName, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName))
            .ToListAsync(cancellationToken);
        var byName = names.Count == 0 ? [] : await staff
            .Where(s => names.Contains((s.LegalFirstName + " " + s.LegalLastName).ToLower())
                || names.Contains(((s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName).ToLower()))
            .Select(s => new Person(s.Id, s.Email, s.LegalFirstName + " " + s.LegalLastName, (s.PreferredName ?? s.LegalFirstName) + " " + s.LegalLastName))
            .Take(1000)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1862
        return new Lookups(organizations, sites, byEmail, byName);
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    private RosterRow Build(ParsedLine l, Lookups lookups, DateOnly today, List<RosterProblem> problems)
    {
        void Problem(string column, string message) => problems.Add(new RosterProblem(l.Line, column, message));

        string? Text(string column, int max, bool required = false)
        {
            var value = l[column];
            if (value.Length == 0)
            {
                if (required)
                {
                    Problem(column, text["“{0}” is required.", column]);
                }

                return null;
            }

            if (value.Length > max)
            {
                Problem(column, text["Keep this to {0} characters or fewer.", max]);
            }

            return value;
        }

        DateOnly? Date(string column)
        {
            var value = l[column];
            if (value.Length == 0)
            {
                return null;
            }

            if (RosterCsv.TryParseDate(value, out var date))
            {
                return date;
            }

            Problem(column, text["“{0}” is not a date. Write dates as 2024-03-15 (year-month-day).", value]);
            return null;
        }

        var staff = new StaffMember
        {
            LegalFirstName = Text(RosterCsv.LegalFirstName, 100, required: true) ?? "",
            LegalLastName = Text(RosterCsv.LegalLastName, 100, required: true) ?? "",
            PreferredName = Text(RosterCsv.PreferredName, 100),
            Pronouns = Text(RosterCsv.Pronouns, 40),
            JobTitle = Text(RosterCsv.JobTitle, 120),
            SeparationReason = Text(RosterCsv.SeparationReason, 500),
            Email = Text(RosterCsv.Email, 256),
            Phone = Text(RosterCsv.Phone, 40),
            HireDate = Date(RosterCsv.HireDate),
            SeparationDate = Date(RosterCsv.SeparationDate),
        };

        var family = l[RosterCsv.JobFamily];
        if (family.Length == 0)
        {
            Problem(RosterCsv.JobFamily, text["“{0}” is required.", RosterCsv.JobFamily]);
        }
        else if (StaffLabels.TryParse<JobFamily>(family, StaffLabels.Of, out var jobFamily))
        {
            staff.JobFamily = jobFamily;
        }
        else
        {
            Problem(RosterCsv.JobFamily, text["Unknown job family “{0}”. Use one of: {1}.", family, string.Join(", ", Enum.GetValues<JobFamily>().Select(StaffLabels.Of))]);
        }

        var status = l[RosterCsv.Status];
        if (status.Length > 0)
        {
            if (StaffLabels.TryParse<EmploymentStatus>(status, StaffLabels.Of, out var parsed))
            {
                staff.Status = parsed;
            }
            else
            {
                Problem(RosterCsv.Status, text["Unknown status “{0}”. Use one of: {1}.", status, string.Join(", ", Enum.GetValues<EmploymentStatus>().Select(StaffLabels.Of))]);
            }
        }

        var fte = l[RosterCsv.Fte];
        if (fte.Length > 0)
        {
            if (decimal.TryParse(fte, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0.1m and <= 1.0m)
            {
                staff.Fte = value;
            }
            else
            {
                Problem(RosterCsv.Fte, text["“{0}” is not an FTE. Write a number from 0.1 to 1.0, such as 0.5 or 1.0.", fte]);
            }
        }

        if (staff.HireDate > today)
        {
            Problem(RosterCsv.HireDate, text["The hire date can’t be in the future."]);
        }

        if (staff.Status == EmploymentStatus.Separated)
        {
            if (staff.SeparationDate is null && l[RosterCsv.SeparationDate].Length == 0)
            {
                Problem(RosterCsv.SeparationDate, text["A separated person needs a separation date."]);
            }

            if (staff.SeparationReason is null)
            {
                Problem(RosterCsv.SeparationReason, text["A separated person needs a separation reason."]);
            }

            if (staff.SeparationDate < staff.HireDate)
            {
                Problem(RosterCsv.SeparationDate, text["The separation date can’t be before the hire date."]);
            }
        }
        else if (staff.SeparationDate is not null || staff.SeparationReason is not null)
        {
            Problem(RosterCsv.Status, text["This line has a separation date or reason, so the status should be Separated."]);
        }

        if (staff.Email is { } email && !new EmailAddressAttribute().IsValid(email))
        {
            Problem(RosterCsv.Email, text["“{0}” is not an e-mail address.", email]);
        }

        if (staff.Phone is { } phone && !new PhoneAttribute().IsValid(phone))
        {
            Problem(RosterCsv.Phone, text["“{0}” is not a phone number.", phone]);
        }

        var organizationName = l[RosterCsv.Organization];
        string? siteName = null;
        if (organizationName.Length == 0)
        {
            Problem(RosterCsv.Organization, text["“{0}” is required.", RosterCsv.Organization]);
        }
        else if (lookups.Organizations.Where(o => string.Equals(o.Name.Trim(), organizationName, StringComparison.OrdinalIgnoreCase)).ToList() is [var organization])
        {
            staff.OrganizationId = organization.Id;
            organizationName = organization.Name;
            var site = l[RosterCsv.Site];
            if (site.Length > 0)
            {
                var match = lookups.Sites.Where(s => s.OrganizationId == organization.Id && string.Equals(s.Name.Trim(), site, StringComparison.OrdinalIgnoreCase)).ToList();
                if (match is [var found])
                {
                    staff.SiteId = found.Id;
                    siteName = found.Name;
                }
                else
                {
                    Problem(RosterCsv.Site, text["“{0}” is not a site of {1}.", site, organization.Name]);
                }
            }
        }
        else
        {
            Problem(RosterCsv.Organization, text["No organization called “{0}” in this coalition. Add it first, or check the spelling.", organizationName]);
        }

        ParseLanguages(l[RosterCsv.Languages], staff, Problem);
        return new RosterRow(l.Line, staff, organizationName, siteName, null);
    }

    private void ParseLanguages(string value, StaffMember staff, Action<string, string> problem)
    {
        foreach (var item in value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Spanish (Native)"; a language name may itself have brackets: "Persian (Farsi) (Fluent)".
            var whole = FindLanguage(item);
            var open = whole.Code is null ? item.LastIndexOf('(') : -1;
            var name = (open < 0 ? item : item[..open]).Trim();
            var level = open < 0 ? "" : item[(open + 1)..].TrimEnd(')').Trim();
            var language = whole.Code is null ? FindLanguage(name) : whole;
            if (language.Code is null)
            {
                problem(RosterCsv.Languages, text["Unknown language “{0}”.", name]);
                continue;
            }

            if (level.Length == 0)
            {
                problem(RosterCsv.Languages, text["Add how well they speak {0} in brackets, for example “{0} (Fluent)”.", language.English]);
                continue;
            }

            if (!StaffLabels.TryParse<LanguageProficiency>(level, StaffLabels.Of, out var proficiency))
            {
                problem(RosterCsv.Languages, text["Unknown proficiency “{0}”. Use one of: {1}.", level, string.Join(", ", Enum.GetValues<LanguageProficiency>().Select(StaffLabels.Of))]);
                continue;
            }

            if (staff.Languages.Any(x => x.Language == language.Code))
            {
                problem(RosterCsv.Languages, text["{0} is listed twice.", language.English]);
                continue;
            }

            staff.Languages.Add(new StaffLanguage { Language = language.Code, Proficiency = proficiency, StaffMemberId = staff.Id });
        }
    }

    private static (string Code, string English, string Spanish) FindLanguage(string name) =>
        Languages.All.FirstOrDefault(x =>
            string.Equals(x.Code, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(x.English, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(x.Spanish, name, StringComparison.OrdinalIgnoreCase));

    private void ResolveSupervisors(List<ParsedLine> lines, List<RosterRow> rows, Lookups lookups, List<RosterProblem> problems)
    {
        // E-mail addresses must be unique, inside the file and against the coalition's staff.
        var firstByEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Staff.Email is not { } email)
            {
                continue;
            }

            if (firstByEmail.TryGetValue(email, out var first))
            {
                problems.Add(new RosterProblem(rows[i].Line, RosterCsv.Email, text["Line {0} has the same e-mail address. Each person needs their own.", rows[first].Line]));
            }
            else
            {
                firstByEmail[email] = i;
            }

            if (lookups.ExistingByEmail.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                problems.Add(new RosterProblem(rows[i].Line, RosterCsv.Email, text["{0} already has this e-mail address in the directory.", existing.Preferred]));
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var reference = lines[i][RosterCsv.Supervisor];
            if (reference.Length == 0)
            {
                continue;
            }

            var self = i;
            var inFile = reference.Contains('@', StringComparison.Ordinal)
                ? rows.Select((r, index) => (r, index)).Where(x => string.Equals(x.r.Staff.Email, reference, StringComparison.OrdinalIgnoreCase)).Select(x => x.index).ToList()
                : rows.Select((r, index) => (r, index)).Where(x => Normalize($"{x.r.Staff.LegalFirstName} {x.r.Staff.LegalLastName}") == Normalize(reference)
                    || Normalize($"{x.r.Staff.PreferredName ?? x.r.Staff.LegalFirstName} {x.r.Staff.LegalLastName}") == Normalize(reference)).Select(x => x.index).ToList();
            var existing = reference.Contains('@', StringComparison.Ordinal)
                ? lookups.ExistingByEmail.Where(p => string.Equals(p.Email, reference, StringComparison.OrdinalIgnoreCase)).ToList()
                : lookups.ExistingByName.Where(p => Normalize(p.Legal) == Normalize(reference) || Normalize(p.Preferred) == Normalize(reference)).ToList();

            if (inFile.Contains(self))
            {
                problems.Add(new RosterProblem(rows[i].Line, RosterCsv.Supervisor, text["A person can’t be their own supervisor."]));
            }
            else if (inFile.Count + existing.Count == 0)
            {
                problems.Add(new RosterProblem(rows[i].Line, RosterCsv.Supervisor, text["No one called “{0}” in this file or in the directory. Use the supervisor’s e-mail or full name.", reference]));
            }
            else if (inFile.Count + existing.Count > 1)
            {
                problems.Add(new RosterProblem(rows[i].Line, RosterCsv.Supervisor, text["More than one person matches “{0}”. Use the supervisor’s e-mail instead.", reference]));
            }
            else if (inFile is [var row])
            {
                rows[i].Staff.SupervisorId = rows[row].Staff.Id;
                rows[i] = rows[i] with { Supervisor = rows[row].Staff.DisplayName };
            }
            else
            {
                rows[i].Staff.SupervisorId = existing[0].Id;
                rows[i] = rows[i] with { Supervisor = existing[0].Preferred };
            }
        }
    }
}
