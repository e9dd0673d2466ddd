using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class FigureGridCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly FigureFilter Killed = new() { Category = Extraction.Model.FigureCategory.Killed };

    [Fact]
    public void Count_KeptForItsLifetime_ThenForgotten()
    {
        var clock = new Clock();
        var cache = new FigureGridCache(clock);
        cache.SetCount(Killed, 42);

        clock.Now += FigureGridCache.Lifetime;
        Assert.True(cache.TryCount(Killed, out var total));
        Assert.Equal(42, total);
        Assert.False(cache.TryCount(FigureFilter.None, out _));

        clock.Now += TimeSpan.FromSeconds(1);
        Assert.False(cache.TryCount(Killed, out _));
    }

    [Fact]
    public void Ids_KeepsTheMostRecentlyUsedSnapshots_AndTheirCounts()
    {
        var cache = new FigureGridCache(new Clock());
        var sorts = Enumerable.Range(0, FigureGridCache.Snapshots + 1).Select(i => new FigureSort((FigureSortColumn)i, false)).ToList();
        cache.SetIds(Killed, sorts[0], [1, 2, 3]);
        for (var i = 1; i < sorts.Count - 1; i++) cache.SetIds(Killed, sorts[i], [i]);
        Assert.NotNull(cache.Ids(Killed, sorts[0])); // used again: now the most recent

        cache.SetIds(Killed, sorts[^1], [9]);

        Assert.Equal([1L, 2, 3], cache.Ids(Killed, sorts[0]) ?? []);
        Assert.Null(cache.Ids(Killed, sorts[1]));
        Assert.True(cache.TryCount(Killed, out var total));
        Assert.Equal(1, total);
    }

    [Fact]
    public void Clear_ForgetsCountsAndSnapshots()
    {
        var cache = new FigureGridCache(new Clock());
        cache.SetIds(Killed, FigureSort.Default, [5, 6]);

        cache.Clear();

        Assert.Null(cache.Ids(Killed, FigureSort.Default));
        Assert.False(cache.TryCount(Killed, out _));
    }
}
