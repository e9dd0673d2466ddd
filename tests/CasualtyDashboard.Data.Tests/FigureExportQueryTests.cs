using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

public sealed class FigureExportQueryTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Stream_MoreRowsThanOneChunk_YieldsEachMatchingFigureOnceInIdOrderWithItsNotes()
    {
        var figures = await _data.SeedAsync(FigureExportQuery.ChunkSize * 2 + 37);
        var injured = figures.Where(f => f.Category == FigureCategory.Injured).Select(f => f.Id).Order().ToList();
        await new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System).AddToFigureAsync(injured[^1], "checked against OCHA", ["revision"]);

        var rows = new List<FigureRow>();
        await foreach (var row in new FigureExportQuery(_data.Factory, new NoFigureFlags()).StreamAsync(new FigureFilter { Category = FigureCategory.Injured }))
            rows.Add(row);

        Assert.Equal(injured, rows.Select(r => r.Id));
        Assert.Equal("checked against OCHA", rows[^1].Notes.Single().Text);
        Assert.All(rows, r => Assert.StartsWith("https://example.org/a/", r.ArticleUrl));
    }

    [Fact]
    public async Task Stream_ReadsTheFlagsOnce_AndPutsThemOnTheirFiguresInEveryChunk()
    {
        var figures = await _data.SeedAsync(FigureExportQuery.ChunkSize * 2 + 5);
        var ids = figures.Select(f => f.Id).Order().ToList();
        var source = new CountingFlags(new Dictionary<long, IReadOnlyList<string>> { [ids[3]] = ["jump (open)"], [ids[^2]] = ["transcription (resolved)"] });

        var rows = new List<FigureRow>();
        await foreach (var row in new FigureExportQuery(_data.Factory, source).StreamAsync(FigureFilter.None)) rows.Add(row);

        Assert.Equal(1, source.Calls);
        Assert.Equal(ids.Count, rows.Count);
        Assert.Equal(["jump (open)"], rows.Single(r => r.Id == ids[3]).ConflictFlags);
        Assert.Equal(["transcription (resolved)"], rows.Single(r => r.Id == ids[^2]).ConflictFlags);
        Assert.Equal(2, rows.Count(r => r.ConflictFlags.Count > 0));
    }

    [Fact]
    public async Task Stream_TypedReader_GivesEachRowAsTheGridsReaderDoes_ReviewsAndCorrectionsIncluded()
    {
        var figures = await _data.SeedAsync(FigureExportQuery.ChunkSize + 40);
        await AssertRowsAsTheGridReadsThemAsync(_data.Factory, _data.Analyst, figures.Select(f => f.Id).Order().ToList());
    }

    /// <summary>
    /// Reviews, rejects and corrects a few of <paramref name="ids"/> (a correction later rejected, a review later corrected),
    /// then checks that every exported row equals the grid's reader's row for that figure, field by field (times UTC).
    /// Shared with the PostgreSQL test.
    /// </summary>
    internal static async Task AssertRowsAsTheGridReadsThemAsync(IDbContextFactory<DashboardDbContext> factory, CurrentAnalyst analyst, IReadOnlyList<long> ids)
    {
        var reviews = new FigureReviewService(factory, analyst, TimeProvider.System);
        var corrected = new FigureFields(99, FigureQualifier.AtLeast, FigureCategory.Injured, FigureSubgroup.Women, null, "khan_yunis", "un_ocha",
            new DateOnly(2024, 3, 1), FigureBasis.Period, new DateOnly(2024, 2, 1));
        await reviews.AcceptAsync(ids[0]);
        await reviews.RejectAsync(ids[1], "duplicate, \"quoted\"");
        await reviews.CorrectAsync(ids[2], corrected, "typo");
        await reviews.CorrectAsync(ids[3], corrected with { Region = "gaza", ReportedOn = null, Since = null }, null);
        await reviews.RejectAsync(ids[3], "wrong after all");
        await reviews.AcceptAsync(ids[^1]);
        await reviews.CorrectAsync(ids[^1], corrected, null);

        var grid = new FigureGridQuery(factory);
        var count = 0;
        IReadOnlyList<AnnotationView> none = [];
        IReadOnlyList<string> noFlags = [];
        await foreach (var row in new FigureExportQuery(factory, new NoFigureFlags()).StreamAsync(FigureFilter.None))
        {
            var expected = await grid.GetAsync(row.Id) ?? throw new InvalidOperationException($"figure {row.Id} not in the grid");
            Assert.Equal(expected with { Notes = none, ConflictFlags = noFlags }, row with { Notes = none, ConflictFlags = noFlags });
            Assert.Equal(expected.State, row.State);
            if (row.Review is { } review) Assert.Equal(DateTimeKind.Utc, review.At.Kind);
            if (row.Correction is { } correction) Assert.Equal(DateTimeKind.Utc, correction.At.Kind);
            count++;
        }
        Assert.Equal(ids.Count, count);
    }

    private sealed class CountingFlags(IReadOnlyDictionary<long, IReadOnlyList<string>> flags) : IFigureFlagSource
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AllAsync(CancellationToken ct)
        {
            Calls++;
            return Task.FromResult(flags);
        }
    }
}
