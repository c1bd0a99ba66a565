using System.Text;
using Bridgework.Web.Features.Shared;
using MiniExcelLibs;

namespace Bridgework.Tests.Features.Shared;

public sealed class TableFileTests
{
    private static readonly TableSheet Sheet = new(
        "Hours: by worker/period",
        ["Worker", "Hours", "Completed"],
        [["=HYPERLINK(\"http://x\")", 6.5m, new DateOnly(2026, 3, 2)], ["Ana", 2m, null]]);

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_as_formulas_are_written_as_text()
    {
        var text = Encoding.UTF8.GetString(TableFile.Csv(Sheet));

        Assert.Contains("Worker,Hours,Completed", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",6.5,2026-03-02", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_reads_back_with_headers_typed_values_and_a_legal_sheet_name()
    {
        using var file = new MemoryStream(TableFile.Xlsx(Sheet, Sheet));

        Assert.Equal(["Hours by workerperiod", "Hours by workerperiod 2"], MiniExcel.GetSheetNames(file));
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(6.5, Convert.ToDouble(rows[0]["Hours"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ana", rows[1]["Worker"]);
    }
}
