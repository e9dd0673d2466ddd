using System.Globalization;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// CSV exports opened as a spreadsheet would: split at <c>,</c> (English locales) or at <c>;</c> (locales whose list
/// separator is the semicolon), a quote honoured only where it opens a cell. No cell may start a formula.
/// </summary>
public sealed class SemicolonCsvTests
{
    private static readonly string[] Hostile =
    [
        "x;=1+2;y", "a; @SUM(A1);b", "c,=HYPERLINK(\"http://evil\");d", "e;-2+3", "f;\"=cmd|' /C calc'!A0\"", "g;+1", "h;\tTab", "=start;=again",
    ];

    [Fact]
    public async Task FiguresCsv_HostileReasonsAndNotes_NoCellStartsAFormula_WhetherSplitAtCommaOrSemicolon()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        var ids = new List<long>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var article = new Article
            {
                Text = string.Join(" ", Hostile.Select((_, i) => $"قتل {i + 10} شخصا")), ContentHash = "x", CreatedAt = DateTime.UtcNow,
                Title = "t;=1+1", Outlet = new Outlet { Name = "o;@x" }, Published = new DateOnly(2024, 1, 2),
            };
            db.Add(article);
            for (var i = 0; i < Hostile.Length; i++)
            {
                var evidence = $"قتل {i + 10} شخصا";
                db.Add(new Figure
                {
                    Article = article, Value = i + 10, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All, Region = "gaza", Authority = "gaza_moh",
                    ReportedOn = new DateOnly(2024, 1, 2), Basis = FigureBasis.Cumulative, Evidence = evidence,
                    EvidenceStart = article.Text.IndexOf(evidence, StringComparison.Ordinal), EvidenceLength = evidence.Length, Rule = "r", ExtractorVersion = "1", CreatedAt = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            ids.AddRange(await db.Figures.OrderBy(f => f.Value).Select(f => f.Id).ToListAsync());
        }
        for (var i = 0; i < Hostile.Length; i++)
        {
            await factory.Services.GetRequiredService<FigureReviewService>().RejectAsync(ids[i], Hostile[i]);
            await factory.Services.GetRequiredService<AnnotationService>().AddToFigureAsync(ids[i], Hostile[(i + 1) % Hostile.Length], []);
        }

        var csv = await client.GetStringAsync("/api/export/figures.csv");

        foreach (var hostile in Hostile) Assert.Contains(hostile.Split(';')[0].Split(',')[0], csv);
        foreach (var separator in new[] { ',', ';' })
        {
            var cells = ExcelCells(csv, separator).ToList();
            Assert.True(cells.Count > Hostile.Length * 4, $"only {cells.Count} cells split at '{separator}'");
            var formulas = cells.Where(StartsAFormula).ToList();
            Assert.True(formulas.Count == 0, $"split at '{separator}', formula cells: {string.Join(" | ", formulas)}");
        }
    }

    [Theory]
    [InlineData("x;=1+2;y", "x;'=1+2;y")]
    [InlineData("a; @SUM(A1)", "a; '@SUM(A1)")]
    [InlineData("b,-2", "b,'-2")]
    [InlineData("=a;+b", "'=a;'+b")]
    [InlineData("c;\"=d\"", "c;'\"=d\"")]
    [InlineData("plain; text, here", "plain; text, here")]
    public void NeutraliseCsv_PutsAnApostropheWhereverASplitCellWouldStartAFormula(string text, string expected) =>
        Assert.Equal(expected, ExportCells.NeutraliseCsv(text));

    [Fact]
    public async Task CsvWriter_FieldWithASemicolon_IsQuoted()
    {
        var table = new ExportTable<string>("t", "d", [new ExportColumn<string>("a", ExportType.Text, "#a", "a", r => r)]);
        using var buffer = new MemoryStream();
        await new CsvExportWriter().WriteAsync(buffer, table, Rows("x;y", "plain"), new ExportOptions(false));

        Assert.Equal("a\r\n\"x;y\"\r\nplain\r\n", Encoding.UTF8.GetString(buffer.ToArray()[3..]));
    }

    private static async IAsyncEnumerable<string> Rows(params string[] rows)
    {
        foreach (var row in rows) yield return row;
        await Task.CompletedTask;
    }

    /// <summary>A formula cell: one starting (after spaces) with = + - @ tab or CR, unless it is a plain number.</summary>
    private static bool StartsAFormula(string cell)
    {
        var start = cell.TrimStart(' ');
        return start.Length > 0 && start[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(start, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>
    /// Cells as a spreadsheet splits the text at <paramref name="separator"/>: a quote opens a quoted cell only as the cell's
    /// first character (then <c>""</c> is a quote, the next single quote closes it, and what follows up to the separator is
    /// appended); elsewhere quotes are text. Records end at CRLF outside quotes.
    /// </summary>
    internal static IEnumerable<string> ExcelCells(string text, char separator)
    {
        text = text.TrimStart('\uFEFF');
        var i = 0;
        while (i < text.Length)
        {
            var cell = new StringBuilder();
            if (text[i] == '"')
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else cell.Append(text[i++]);
                }
            }
            while (i < text.Length && text[i] != separator && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')) cell.Append(text[i++]);
            yield return cell.ToString();
            if (i < text.Length) i += text[i] == separator ? 1 : 2;
        }
    }
}
