using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CasualtyDashboard.Web.Services.Export;

namespace CasualtyDashboard.Web.Tests;

public sealed class ExportWriterTests
{
    private sealed record Row(long Id, string? Text, DateOnly? On, long Value);

    private static readonly ExportTable<Row> Table = new("sample", "rows for the writer tests",
    [
        new("id", ExportType.Integer, "#meta+id", "id", r => r.Id),
        new("text", ExportType.Text, "#description", "text", r => r.Text),
        new("on", ExportType.Date, "#date", "date", r => r.On),
        new("value", ExportType.Integer, "#affected+num", "value", r => r.Value),
    ]);

    private static readonly Row[] Rows =
    [
        new(1, "قتل 5, وجرح \"10\"", new DateOnly(2024, 1, 2), 5),
        new(2, "=HYPERLINK(\"http://x\")", null, -3),
        new(3, "line one\r\nline two", new DateOnly(2024, 1, 3), 0),
        new(4, "+1", null, 7),
        new(5, "@SUM(A1)", null, 8),
        new(6, "-2", null, 9),
        new(7, "\tTab", null, 10),
        new(8, null, null, 11),
    ];

    private static async IAsyncEnumerable<Row> Source()
    {
        foreach (var row in Rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static async Task<byte[]> WriteAsync(IExportWriter writer, bool hxl = false)
    {
        using var buffer = new MemoryStream();
        await writer.WriteAsync(buffer, Table, Source(), new ExportOptions(hxl));
        return buffer.ToArray();
    }

    [Fact]
    public async Task Csv_QuotesCommasQuotesAndLineBreaks_AndStartsWithAByteOrderMark()
    {
        var bytes = await WriteAsync(new CsvExportWriter());

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("id,text,on,value", lines[0]);
        Assert.Equal("1,\"قتل 5, وجرح \"\"10\"\"\",2024-01-02,5", lines[1]);
        Assert.Contains("3,\"line one\r\nline two\",2024-01-03,0\r\n", text);
        Assert.EndsWith("8,,,11\r\n", text);
    }

    [Fact]
    public async Task Csv_FormulaLookingText_IsPrefixedWithAnApostropheButNegativeNumbersAreNot()
    {
        var text = Encoding.UTF8.GetString((await WriteAsync(new CsvExportWriter()))[3..]);

        Assert.Contains("2,\"'=HYPERLINK(\"\"http://x\"\")\",,-3\r\n", text);
        Assert.Contains("4,'+1,,7\r\n", text);
        Assert.Contains("5,'@SUM(A1),,8\r\n", text);
        Assert.Contains("6,'-2,,9\r\n", text);
        Assert.Contains("7,'\tTab,,10\r\n", text);
    }

    [Fact]
    public async Task Csv_Hxl_AddsTheHashtagRowUnderTheHeader()
    {
        var lines = Encoding.UTF8.GetString((await WriteAsync(new CsvExportWriter(), hxl: true))[3..]).Split("\r\n");

        Assert.Equal("#meta+id,#description,#date,#affected+num", lines[1]);
        Assert.StartsWith("1,", lines[2]);
    }

    [Fact]
    public async Task Json_IsAnArrayOfObjectsWithNumbersNullsAndArabicTextIntact()
    {
        using var json = JsonDocument.Parse(await WriteAsync(new JsonExportWriter()));

        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Rows.Length, rows.Count);
        Assert.Equal("قتل 5, وجرح \"10\"", rows[0].GetProperty("text").GetString());
        Assert.Equal("2024-01-02", rows[0].GetProperty("on").GetString());
        Assert.Equal(-3, rows[1].GetProperty("value").GetInt64());
        Assert.Equal(JsonValueKind.Null, rows[7].GetProperty("text").ValueKind);
        Assert.Contains("قتل", Encoding.UTF8.GetString(await WriteAsync(new JsonExportWriter())));
    }

    [Fact]
    public async Task Xlsx_IsAZipOfWellFormedXmlWithTheCellValuesAndADictionarySheet()
    {
        using var zip = new ZipArchive(new MemoryStream(await WriteAsync(new XlsxExportWriter(), hxl: true)), ZipArchiveMode.Read);

        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            XDocument.Load(stream); // throws on malformed XML
        }
        var sheet = Cells(zip, "xl/worksheets/sheet1.xml");
        Assert.Equal("id", sheet["A1"]);
        Assert.Equal("#affected+num", sheet["D2"]);
        Assert.Equal("قتل 5, وجرح \"10\"", sheet["B3"]);
        Assert.Equal("2024-01-02", sheet["C3"]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", sheet["B4"]);
        Assert.Equal("-3", sheet["D4"]);
        Assert.Equal("line one\r\nline two", sheet["B5"]);
        Assert.False(sheet.ContainsKey("B10"), "a null value leaves its cell out");
        var dictionary = Cells(zip, "xl/worksheets/sheet2.xml");
        Assert.Equal("column", dictionary["A1"]);
        Assert.Equal("value", dictionary["A5"]);
        Assert.Equal("#affected+num", dictionary["C5"]);
        using var workbook = zip.GetEntry("xl/workbook.xml")!.Open();
        Assert.Equal(["sample", "dictionary"], XDocument.Load(workbook).Descendants().Where(e => e.Name.LocalName == "sheet").Select(e => (string)e.Attribute("name")!));
    }

    [Fact]
    public async Task Xlsx_NumbersAreNumericCellsAndTextIsInlineStrings()
    {
        using var zip = new ZipArchive(new MemoryStream(await WriteAsync(new XlsxExportWriter())), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var cells = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "c").ToDictionary(c => (string)c.Attribute("r")!);

        Assert.Null(cells["A2"].Attribute("t"));
        Assert.Equal("inlineStr", (string?)cells["B2"].Attribute("t"));
    }

    [Fact]
    public async Task Xlsx_ControlCharactersAndOverlongTextStillGiveValidXml()
    {
        var table = new ExportTable<string>("t", "", [new("text", ExportType.Text, "#x", "", s => s)]);
        using var buffer = new MemoryStream();
        await new XlsxExportWriter().WriteAsync(buffer, table, Of("bell\u0007 here", new string('ق', 40_000)), new ExportOptions());

        var sheet = Cells(new ZipArchive(new MemoryStream(buffer.ToArray())), "xl/worksheets/sheet1.xml");
        Assert.Equal("bell here", sheet["A2"]);
        Assert.Equal(XlsxExportWriter.MaxCellLength, sheet["A3"].Length);
        Assert.Contains("cut at Excel's cell limit", sheet["A3"]);
    }

    [Fact]
    public void ColumnName_CountsLikeASpreadsheet()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(XlsxExportWriter.ColumnName));
    }

    private static async IAsyncEnumerable<string> Of(params string[] values)
    {
        foreach (var v in values)
        {
            await Task.Yield();
            yield return v;
        }
    }

    internal static Dictionary<string, string> Cells(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "c")
            .ToDictionary(c => (string)c.Attribute("r")!, c => string.Concat(c.Descendants().Where(d => d.Name.LocalName is "t" or "v").Select(d => d.Value)));
    }
}
