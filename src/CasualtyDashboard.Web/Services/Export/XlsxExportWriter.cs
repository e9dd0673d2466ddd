using System.IO.Compression;
using System.IO.Pipelines;
using System.Xml;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// A minimal SpreadsheetML workbook (a zip of XML parts) written row by row: sheet "data" with the rows (numbers as
/// numbers, everything else as inline strings, formula-looking text neutralised, header frozen) and sheet "dictionary"
/// with the data dictionary. <see cref="ZipArchive"/> writes synchronously, so it writes into a pipe on a worker while
/// this method copies the pipe to <paramref name="output"/> asynchronously: memory holds at most the pipe's megabyte.
/// </summary>
public sealed class XlsxExportWriter : IExportWriter
{
    /// <summary>Excel's limit of characters in one cell; longer text is cut with a note saying so.</summary>
    public const int MaxCellLength = 32_767;
    private const string TruncatedNote = " … [cut at Excel's cell limit; the CSV and JSON exports hold the whole text]";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string Format => "xlsx";
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct = default)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                await using var sink = pipe.Writer.AsStream(leaveOpen: true);
                await WriteWorkbookAsync(sink, table, rows, options, stop.Token);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            await pipe.Writer.CompleteAsync(failure);
        }, CancellationToken.None);
        try
        {
            await pipe.Reader.CopyToAsync(output, ct);
            await pipe.Reader.CompleteAsync();
        }
        catch (Exception ex)
        {
            await stop.CancelAsync();
            await pipe.Reader.CompleteAsync(ex);
            await producer;
            throw;
        }
        await producer;
    }

    private static async Task WriteWorkbookAsync<TRow>(Stream sink, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct)
    {
        using var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true);
        WritePart(zip, "[Content_Types].xml", ContentTypes);
        WritePart(zip, "_rels/.rels", RootRels);
        WritePart(zip, "xl/workbook.xml", Workbook(table.Name));
        WritePart(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
        WritePart(zip, "xl/styles.xml", Styles);

        var headerRows = options.Hxl ? 2 : 1;
        await using (var sheet = Open(zip, "xl/worksheets/sheet1.xml"))
        {
            var xml = StartSheet(sheet, headerRows, table.Columns.Count);
            WriteRow(xml, 1, table.Columns.Select(c => (object?)c.Name), style: 1);
            if (options.Hxl) WriteRow(xml, 2, table.Columns.Select(c => (object?)c.Hxl), style: 1);
            var r = headerRows;
            await foreach (var row in rows.WithCancellation(ct))
                WriteRow(xml, ++r, table.Columns.Select(c => c.Value(row)), style: 0);
            EndSheet(xml);
        }
        await using (var sheet = Open(zip, "xl/worksheets/sheet2.xml"))
        {
            var xml = StartSheet(sheet, 1, 4);
            WriteRow(xml, 1, ["column", "type", "hxl", "description"], style: 1);
            var r = 1;
            foreach (var entry in table.Dictionary) WriteRow(xml, ++r, [entry.Column, entry.Type, entry.Hxl, entry.Description], style: 0);
            EndSheet(xml);
        }
    }

    private static Stream Open(ZipArchive zip, string path) => zip.CreateEntry(path, CompressionLevel.Fastest).Open();

    private static void WritePart(ZipArchive zip, string path, string content)
    {
        using var stream = Open(zip, path);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(content);
    }

    private static XmlWriter StartSheet(Stream stream, int frozenRows, int columns)
    {
        var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", frozenRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("topLeftCell", $"A{frozenRows + 1}");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols");
        xml.WriteStartElement("col");
        xml.WriteAttributeString("min", "1");
        xml.WriteAttributeString("max", columns.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("width", "18");
        xml.WriteAttributeString("customWidth", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData");
        return xml;
    }

    private static void EndSheet(XmlWriter xml)
    {
        xml.WriteEndElement(); // sheetData
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
        xml.Flush();
        xml.Dispose();
    }

    private static void WriteRow(XmlWriter xml, int rowNumber, IEnumerable<object?> values, int style)
    {
        var r = rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", r);
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + r;
            if (value is null) continue;
            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", reference);
            if (style != 0) xml.WriteAttributeString("s", style.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (ExportCells.IsNumber(value))
            {
                xml.WriteElementString("v", ExportCells.Text(value));
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is");
                xml.WriteStartElement("t");
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Fit(ExportCells.XmlSafe(ExportCells.SafeText(value))));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Fit(string text) =>
        text.Length <= MaxCellLength ? text : text[..(MaxCellLength - TruncatedNote.Length)] + TruncatedNote;

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string Workbook(string dataSheet) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="{System.Security.SecurityElement.Escape(SheetName(dataSheet))}" sheetId="1" r:id="rId1"/><sheet name="dictionary" sheetId="2" r:id="rId2"/></sheets></workbook>""";

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':')).ToArray());
        return clean.Length is 0 ? "data" : clean.Length > 31 ? clean[..31] : clean;
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    // Style 0: default; style 1: bold (headers).
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>""";
}
