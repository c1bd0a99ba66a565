using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace Bridgework.Web.Features.People.Staff;

/// <summary>
/// The roster file format, shared by the import template, the import and the export so that an export can
/// be imported again: these columns, English labels for job family, status and proficiency, ISO dates.
/// Lived experience is not a column and never will be.
/// </summary>
public static class RosterCsv
{
    public const string LegalFirstName = "Legal first name";
    public const string LegalLastName = "Legal last name";
    public const string PreferredName = "Preferred name";
    public const string Pronouns = "Pronouns";
    public const string JobFamily = "Job family";
    public const string JobTitle = "Job title";
    public const string Organization = "Organization";
    public const string Site = "Site";
    public const string Supervisor = "Supervisor";
    public const string HireDate = "Hire date";
    public const string Fte = "FTE";
    public const string Status = "Status";
    public const string SeparationDate = "Separation date";
    public const string SeparationReason = "Separation reason";
    public const string Email = "E-mail";
    public const string Phone = "Phone";
    public const string Languages = "Languages";

    public static readonly IReadOnlyList<string> Headers =
    [
        LegalFirstName, LegalLastName, PreferredName, Pronouns, JobFamily, JobTitle, Organization, Site, Supervisor,
        HireDate, Fte, Status, SeparationDate, SeparationReason, Email, Phone, Languages,
    ];

    public static readonly IReadOnlyList<string> Required = [LegalFirstName, LegalLastName, JobFamily, Organization];

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read accented names correctly.</summary>
    public static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static CsvConfiguration WriterConfiguration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
    };

    public static CsvConfiguration ReaderConfiguration(Action<int> badData) => new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = true,
        DetectDelimiterValues = [",", ";", "\t"],
        TrimOptions = TrimOptions.Trim,
        IgnoreBlankLines = true,
        MissingFieldFound = null,
        HeaderValidated = null,
        BadDataFound = args => badData(args.Context.Parser?.RawRow ?? 0),
    };

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>
    /// A cell a spreadsheet would run as a formula (=, +, -, @, tab or line break first) gets a leading
    /// apostrophe, so it is shown as text. The import takes the apostrophe off again.
    /// </summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? "'" + value : value;

    /// <summary>Undoes <see cref="Neutralise"/> on a cell read from a file.</summary>
    public static string Unneutralise(string? value)
    {
        var v = value?.Trim() ?? "";
        return v.Length > 1 && v[0] == '\'' && FormulaStarts.Contains(v[1]) ? v[1..] : v;
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy"];

    /// <summary>ISO dates, and the month/day/year form spreadsheets in the US turn them into.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"Spanish (Native); English (Fluent)".</summary>
    public static string FormatLanguages(IEnumerable<(string Code, LanguageProficiency Level)> languages) =>
        string.Join("; ", languages.Select(l => $"{People.Languages.Name(l.Code, spanish: false)} ({StaffLabels.Of(l.Level)})"));
}
