using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Jobs.Tests;

namespace CasualtyDashboard.Data.Tests;

public sealed class AnnotationTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task EditThenDelete_KeepsEveryRevisionAndHidesTheDeletedNote()
    {
        var figure = (await _data.SeedAsync(3))[0];
        var clock = new ManualClock(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var service = new AnnotationService(_data.Factory, _data.Analyst, clock);
        var queries = new AnnotationQueries(_data.Factory);

        var id = await service.AddToFigureAsync(figure.Id, "Ministry revised the toll", ["Revision", " disputed ", "revision"]);
        clock.Advance(TimeSpan.FromHours(1));
        await service.EditAsync(id, "Ministry revised the toll downwards", ["revision", "methodology change"]);
        Assert.Equal(["revision", "methodology change"], (await queries.ForFigureAsync(figure.Id)).Single().Tags);
        clock.Advance(TimeSpan.FromHours(1));
        await service.DeleteAsync(id);

        Assert.Empty(await queries.ForFigureAsync(figure.Id));
        var deleted = Assert.Single(await queries.ForFigureAsync(figure.Id, includeDeleted: true));
        Assert.True(deleted.Deleted);
        Assert.Equal(3, deleted.Version);
        var history = await queries.HistoryAsync(id);
        Assert.Equal(["created", "edited", "deleted"], history.Select(h => h.Action));
        Assert.Equal(["revision", "disputed"], history[0].Tags);
        Assert.Equal("Ministry revised the toll", history[0].Text);
        Assert.Equal(new DateTime(2024, 6, 1, 10, 0, 0, DateTimeKind.Utc), history[2].At);
        Assert.All(history, h => Assert.Equal("test-analyst", h.By));
    }

    [Fact]
    public async Task ForPoints_ReturnsTheNotesOfTheAskedPointsOnly()
    {
        await _data.SeedAsync(1);
        await SeedPointsAsync(Point5, Point6);
        var service = new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System);
        await service.AddToPointAsync(Point5, "MoH changed method", ["methodology change"]);
        await service.AddToPointAsync(Point6, "other day", []);
        var gone = await service.AddToPointAsync(Point5, "removed", []);
        await service.DeleteAsync(gone);

        var notes = await new AnnotationQueries(_data.Factory).ForPointsAsync([Point5, "unknown@2024-01-01"]);

        var note = Assert.Single(notes);
        Assert.Equal("MoH changed method", note.Text);
        Assert.Equal(["methodology change"], note.Tags);
    }

    [Fact]
    public async Task AddToPoint_KeyWithoutDate_IsRefused()
    {
        await _data.SeedAsync(1);
        var service = new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System);

        await Assert.ThrowsAsync<ReviewInputException>(() => service.AddToPointAsync("gaza-killed", "x", []));
    }

    [Fact]
    public async Task AddToPoint_PointNotInTheReconciliation_IsRefusedAndNothingIsStored()
    {
        await _data.SeedAsync(1);
        await SeedPointsAsync(Point5);
        var service = new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ReviewInputException>(() => service.AddToPointAsync(Point6, "x", []));

        Assert.Contains(Point6, error.Message);
        Assert.Empty(await new AnnotationQueries(_data.Factory).ForPointsAsync([Point5, Point6]));
    }

    private const string SeriesKey = "gaza/killed/all/cumulative/2023-10-07";
    private const string Point5 = SeriesKey + "@2024-01-05";
    private const string Point6 = SeriesKey + "@2024-01-06";

    /// <summary>A reconciled series holding the given points, as the reconciliation job stores them.</summary>
    private async Task SeedPointsAsync(params string[] keys)
    {
        await using var db = _data.Factory.CreateDbContext();
        var series = new ReconciledSeries { Key = SeriesKey, Region = "gaza", Category = "killed", Subgroup = "all", Basis = "cumulative", PointCount = keys.Length };
        series.Points.AddRange(keys.Select(k => new ReconciledPoint
        {
            Key = k, Date = DateOnly.Parse(k[(k.LastIndexOf('@') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            Value = 100, Rule = "single_source", Explanation = "one source", Sources = "gaza_moh", Low = 100, High = 100,
        }));
        db.Add(series);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task List_ByTag_FindsOnlyNotesCarryingThatWholeTag()
    {
        var figures = await _data.SeedAsync(3);
        var service = new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System);
        await service.AddToFigureAsync(figures[0].Id, "a", ["disputed"]);
        await service.AddToFigureAsync(figures[1].Id, "b", ["undisputed"]);
        await service.AddToFigureAsync(figures[2].Id, "c", ["revision"]);

        var page = await new AnnotationQueries(_data.Factory).ListAsync(new AnnotationFilter(Tag: "Disputed"), 0, 50);

        Assert.Equal(1, page.Total);
        Assert.Equal("a", page.Rows.Single().Text);
    }
}
