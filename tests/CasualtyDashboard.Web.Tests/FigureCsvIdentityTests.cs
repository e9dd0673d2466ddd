using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// The figures export read in one joined query per chunk and written from one reused buffer (decision 047) gives the same
/// bytes as the way it was made before, on the same database: each figure read by the grid's reader (figures, statuses,
/// reviews, corrections and notes in separate queries) and each cell written as <c>Quote(NeutraliseCsv(Text(value)))</c>
/// with the UTF-8 byte-order mark, header and hashtag rows. The data has what could go wrong: several chunks, figures
/// without an outlet, URL, title or date, rejected, accepted, corrected and corrected-then-rejected figures, notes (edited,
/// deleted, tagged), conflict flags, and evidence and notes with formulas, quotes, separators, line breaks and Arabic.
/// </summary>
public sealed class FigureCsvIdentityTests : IAsyncLifetime
{
    private const int Count = FigureExportQuery.ChunkSize * 2 + 123;

    private static readonly string[] Evidence =
    [
        "10022 شهيدا", "=1+2", "+972 casualties", "-5 revised", "@SUM(A1)", "\tindented", "\rreturn", "x;=1+2;y", "a, \"quoted\" b",
        "line one\r\nline two", "semi;colon", "trailing,", "plain text", "\"=HYPERLINK(\"\"x\"\")\"", "جرحى، =2+3",
    ];

    private readonly DashboardAppFactory _factory = new();
    private IDbContextFactory<DashboardDbContext> _contexts = default!;
    private readonly Dictionary<long, IReadOnlyList<string>> _flags = [];

    public async Task InitializeAsync()
    {
        _ = _factory.Server;
        _contexts = _factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        List<Figure> figures;
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            var outlets = new[] { new Outlet { Name = "Al Jazeera" }, new Outlet { Name = "=cmd|' /C calc'!A0" }, new Outlet { Name = "BBC, Arabic" } };
            var articles = Enumerable.Range(0, 60).Select(a => new Article
            {
                Text = "نص", ContentHash = $"h{a}", CreatedAt = DateTime.UtcNow,
                Outlet = a % 7 == 0 ? null : outlets[a % outlets.Length],
                Url = a % 5 == 0 ? null : $"https://example.org/{a}?a=1,b=2",
                Title = a % 4 == 0 ? null : a % 3 == 0 ? "-عنوان; مع فاصلة" : $"Title \"{a}\"",
                Published = a % 6 == 0 ? null : new DateOnly(2023, 10, 7).AddDays(a),
            }).ToList();
            figures = Enumerable.Range(0, Count).Select(i => new Figure
            {
                Article = articles[i % articles.Count], Value = i * 37 % 50_000, Qualifier = (FigureQualifier)(i % 6),
                Category = (FigureCategory)(i % 4), Subgroup = (FigureSubgroup)(i % 12), Region = i % 9 == 0 ? null : "gaza",
                Area = i % 11 == 0 ? "khan_younis" : null, Authority = i % 2 == 0 ? "gaza_moh" : "other:مكتب, الإعلام",
                ReportedOn = i % 13 == 0 ? null : new DateOnly(2023, 11, 1).AddDays(i % 300), Basis = (FigureBasis)(i % 3),
                Since = i % 3 == 0 ? new DateOnly(2023, 10, 7) : null, Evidence = Evidence[i % Evidence.Length], EvidenceStart = i % 100,
                EvidenceLength = Evidence[i % Evidence.Length].Length, Rule = i % 2 == 0 ? "toll-rose-to" : "rule,with;separators",
                ExtractorVersion = "1.0", CreatedAt = DateTime.UtcNow,
            }).ToList();
            db.AddRange(figures);
            await db.SaveChangesAsync();
        }

        var ids = figures.Select(f => f.Id).Order().ToList();
        var reviews = _factory.Services.GetRequiredService<FigureReviewService>();
        var notes = _factory.Services.GetRequiredService<AnnotationService>();
        for (var k = 0; k < ids.Count; k += 97)
        {
            var id = ids[k];
            switch (k / 97 % 5)
            {
                case 0: await reviews.AcceptAsync(id); break;
                case 1: await reviews.RejectAsync(id, k % 2 == 0 ? "=cmd|' /C calc'!A0" : "duplicate; see \"other\" article"); break;
                case 2:
                    await reviews.CorrectAsync(id, new FigureFields(k, FigureQualifier.AtLeast, FigureCategory.Injured, FigureSubgroup.Children, "west_bank",
                        null, "un_ocha", new DateOnly(2024, 1, 2), FigureBasis.Period, null), k % 2 == 0 ? "-typo fixed" : null);
                    break;
                case 3:
                    await reviews.CorrectAsync(id, new FigureFields(1, FigureQualifier.Exact, FigureCategory.Killed, FigureSubgroup.All, null, null, "gaza_moh",
                        null, FigureBasis.Cumulative, null), "first, then rejected");
                    await reviews.RejectAsync(id, "wrong article");
                    break;
                default:
                    var note = await notes.AddToFigureAsync(id, "MoH, daily =update", ["revision", "moh"]);
                    await notes.AddToFigureAsync(id, "second note\r\nwith a break", []);
                    if (k % 2 == 0) await notes.EditAsync(note, "@edited; note", ["checked"]);
                    var gone = await notes.AddToFigureAsync(id, "deleted note", []);
                    await notes.DeleteAsync(gone);
                    break;
            }
            if (k % 3 == 0) _flags[id] = k % 2 == 0 ? ["jump (open)"] : ["cross_source (resolved)", "transcription (open)"];
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FiguresCsv_SameBytesAsTheGridReaderAndTheCellByCellWriter(bool hxl)
    {
        var flagSource = new FixedFlags(_flags);
        var before = Before(await ReadAsBeforeAsync(FigureFilter.None, flagSource), hxl);

        using var after = new MemoryStream();
        await new CsvExportWriter().WriteAsync(after, FigureExportColumns.Table, new FigureExportQuery(_contexts, flagSource).StreamAsync(FigureFilter.None),
            new ExportOptions(hxl));

        Assert.True(before.Length > Count * 100, $"The reference export has only {before.Length} bytes.");
        AssertSameBytes(before, after.ToArray());
    }

    [Fact]
    public async Task FiguresCsv_Filtered_OverHttp_SameBytesAsBefore()
    {
        var filter = new FigureFilter { Category = FigureCategory.Injured, Review = ReviewState.Corrected };
        var rows = await ReadAsBeforeAsync(filter, new NoFigureFlags());
        var before = Before(rows, hxl: true);

        using var client = _factory.CreateClient();
        var after = await client.GetByteArrayAsync("/api/export/figures.csv?category=injured&review=corrected&hxl=true");

        Assert.NotEmpty(rows);
        AssertSameBytes(before, after);
    }

    private static void AssertSameBytes(byte[] before, byte[] after)
    {
        var differs = before.AsSpan().CommonPrefixLength(after);
        Assert.True(differs == before.Length && differs == after.Length,
            $"The exports differ at byte {differs} of {before.Length} / {after.Length}: "
            + $"before «{Encoding.UTF8.GetString(before, Math.Max(0, differs - 40), Math.Min(80, before.Length - Math.Max(0, differs - 40)))}», "
            + $"after «{Encoding.UTF8.GetString(after, Math.Max(0, differs - 40), Math.Min(80, after.Length - Math.Max(0, differs - 40)))}»");
    }

    /// <summary>Every figure of the filter in id order, read a page at a time by the Figures grid's reader, with their flags.</summary>
    private async Task<List<FigureRow>> ReadAsBeforeAsync(FigureFilter filter, IFigureFlagSource flags)
    {
        var grid = new FigureGridQuery(_contexts) { UseSnapshots = false, OffsetRows = int.MaxValue };
        var all = await flags.AllAsync(CancellationToken.None);
        var rows = new List<FigureRow>();
        while (true)
        {
            var page = await grid.PageAsync(filter, new FigureSort(FigureSortColumn.Id, false), rows.Count, FigureGridQuery.MaxPageSize);
            rows.AddRange(page.Rows.Select(r => all.TryGetValue(r.Id, out var f) ? r with { ConflictFlags = f } : r));
            if (page.Rows.Count < FigureGridQuery.MaxPageSize) return rows;
        }
    }

    /// <summary>The export as it was written before: each cell <c>Quote(IsNumber ? Text : NeutraliseCsv(Text))</c>, joined by commas, CRLF, after a BOM.</summary>
    private static byte[] Before(IEnumerable<FigureRow> rows, bool hxl)
    {
        var columns = FigureExportColumns.Table.Columns;
        var text = new StringBuilder();
        text.Append(string.Join(",", columns.Select(c => Quote(c.Name)))).Append("\r\n");
        if (hxl) text.Append(string.Join(",", columns.Select(c => Quote(c.Hxl)))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(",", columns.Select(c => c.Value(row)).Select(v =>
                Quote(ExportCells.IsNumber(v) ? ExportCells.Text(v) : ExportCells.NeutraliseCsv(ExportCells.Text(v))))));
            text.Append("\r\n");
        }
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",;\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private sealed class FixedFlags(IReadOnlyDictionary<long, IReadOnlyList<string>> flags) : IFigureFlagSource
    {
        public Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AllAsync(CancellationToken ct) => Task.FromResult(flags);
    }
}
