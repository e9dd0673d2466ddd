using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;

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
