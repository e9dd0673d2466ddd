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
}
