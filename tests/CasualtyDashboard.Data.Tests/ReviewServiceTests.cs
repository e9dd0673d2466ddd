using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using CasualtyDashboard.Jobs.Tests;

namespace CasualtyDashboard.Data.Tests;

public sealed class ReviewServiceTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Reject_ThenAccept_LatestWinsAndHistoryKeepsBothWithWhoAndWhen()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, clock);

        await reviews.RejectAsync(figure.Id, "  quoted to deny it ");
        clock.Advance(TimeSpan.FromMinutes(5));
        await reviews.AcceptAsync(figure.Id);

        var row = await new FigureGridQuery(_data.Factory).GetAsync(figure.Id);
        Assert.Equal(ReviewState.Accepted, row!.State);
        var history = await reviews.HistoryAsync(figure.Id);
        Assert.Equal([ReviewDecision.Accepted, ReviewDecision.Rejected], history.Select(h => h.Decision!.Value));
        Assert.Equal("quoted to deny it", history[1].Reason);
        Assert.All(history, h => Assert.Equal("test-analyst", h.By));
        Assert.Equal(new DateTime(2024, 5, 1, 9, 5, 0, DateTimeKind.Utc), history[0].At);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedAndNothingIsStored()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ReviewInputException>(() => reviews.RejectAsync(figure.Id, "   "));

        Assert.Contains("reason", error.Message);
        Assert.Empty(await reviews.HistoryAsync(figure.Id));
    }

    [Fact]
    public async Task Correct_StoresANewRecordAndLeavesTheExtractedFigureUnchanged()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);
        var corrected = FigureGridQueryTests.Fields(figure) with { Value = 12_345, Authority = "un_ocha", Subgroup = FigureSubgroup.Women };

        await reviews.CorrectAsync(figure.Id, corrected, "the article's own table says 12345");

        await using var db = _data.Database.CreateContext();
        var stored = await db.Figures.AsNoTracking().SingleAsync(f => f.Id == figure.Id);
        Assert.Equal(figure.Value, stored.Value);
        Assert.Equal(figure.Authority, stored.Authority);
        Assert.Equal(figure.Subgroup, stored.Subgroup);
        var row = await new FigureGridQuery(_data.Factory).GetAsync(figure.Id);
        Assert.Equal(ReviewState.Corrected, row!.State);
        Assert.Equal(figure.Value, row.Fields.Value);
        Assert.Equal(corrected, row.Correction!.Fields);
        Assert.Equal(corrected, row.Effective);
        Assert.Equal("the article's own table says 12345", row.Correction.Note);
    }

    [Fact]
    public async Task Correct_Twice_TheLatestIsInForceAndBothAreKept()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);

        await reviews.CorrectAsync(figure.Id, FigureGridQueryTests.Fields(figure) with { Value = 1 }, null);
        await reviews.CorrectAsync(figure.Id, FigureGridQueryTests.Fields(figure) with { Value = 2 }, null);

        var row = await new FigureGridQuery(_data.Factory).GetAsync(figure.Id);
        Assert.Equal(2, row!.Effective.Value);
        Assert.Equal([2L, 1L], (await reviews.HistoryAsync(figure.Id)).Select(h => h.Correction!.Value));
    }

    [Fact]
    public async Task Accept_UnknownFigure_SaysItDoesNotExist()
    {
        await _data.SeedAsync(1);
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ReviewInputException>(() => reviews.AcceptAsync(999_999));

        Assert.Contains("999999", error.Message);
    }
}
