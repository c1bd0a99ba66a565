using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Bridgework.Web.Features.Shared;

/// <summary>One table of a download: a header row and rows of plain values (text, numbers, dates, booleans).</summary>
public sealed record TableSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// Reports and audit records as CSV (one table) or XLSX (one sheet per table). CSV cells that a
/// spreadsheet would run as a formula are prefixed with an apostrophe; XLSX cells are typed values, never
/// formulas. Dates are written yyyy-MM-dd in CSV and as dates in XLSX.
/// </summary>
public static class TableFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NotInSheetNames = SearchValues.Create("[]:*?/\\");

    /// <summary>"xlsx" gives a workbook of every sheet, anything else a CSV of the first.</summary>
    public static FileContentResult Download(string format, string fileName, params TableSheet[] sheets) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? new FileContentResult(Xlsx(sheets), XlsxType) { FileDownloadName = fileName + ".xlsx" }
            : new FileContentResult(Csv(sheets[0]), CsvType) { FileDownloadName = fileName + ".csv" };

    public static byte[] Csv(TableSheet sheet)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            foreach (var header in sheet.Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in sheet.Rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(CsvText(value));
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(params TableSheet[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var rows = sheet.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>();
                for (var i = 0; i < sheet.Headers.Count; i++)
                {
                    cells[sheet.Headers[i]] = i < row.Count ? XlsxValue(row[i]) : null;
                }

                return cells;
            }).ToList();
            workbook[SheetName(sheet.Name, workbook.Keys)] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(workbook, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    public static string CsvText(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        decimal or double or float or int or long => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        bool b => b ? "yes" : "no",
        _ => Neutralise(value.ToString()),
    };

    private static object? XlsxValue(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        bool b => b ? "yes" : "no",
        Enum e => e.ToString(),
        _ => value,
    };

    private static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || !FormulaStarts.Contains(text[0]) ? text ?? "" : "'" + text;

    // Sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook.
    private static string SheetName(string name, IEnumerable<string> taken)
    {
        var clean = new string(name.Where(c => !NotInSheetNames.Contains(c)).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var unique = clean;
        for (var n = 2; taken.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
        {
            unique = (clean.Length > 28 ? clean[..28] : clean) + " " + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
