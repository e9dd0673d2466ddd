using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Data.Tests;

/// <summary>The filters' options, kept until a figure or an outlet is added or a review clears the grid's cache (decision 086).</summary>
public sealed class FigureFacetsTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Facets_Unchanged_AreKept_AFigureAdded_OffersItsRegionAndAuthority()
    {
        await _data.SeedAsync(60);
        var query = new FigureGridQuery(_data.Factory);
        var first = await query.FacetsAsync();

        var again = await query.FacetsAsync();
        await AddFigureAsync(region: "yemen", authority: "yemen_moh", outlet: null);
        var added = await query.FacetsAsync();

        Assert.Same(first, again);
        Assert.DoesNotContain("yemen", first.Regions);
        Assert.Equal([.. first.Regions, "yemen"], added.Regions);
        Assert.Contains("yemen_moh", added.Authorities);
    }

    [Fact]
    public async Task Facets_AnOutletAdded_OrAReviewStored_AreReadAgain()
    {
        await _data.SeedAsync(60);
        var query = new FigureGridQuery(_data.Factory);
        var first = await query.FacetsAsync();

        await AddFigureAsync(region: "gaza", authority: "gaza_moh", outlet: "Zeta News");
        var withOutlet = await query.FacetsAsync();
        query.Invalidate(); // what the pages call after a review or correction
        var afterReview = await query.FacetsAsync();

        Assert.Equal([.. first.Outlets, "Zeta News"], withOutlet.Outlets);
        Assert.NotSame(withOutlet, afterReview);
        Assert.Equal(withOutlet.Outlets, afterReview.Outlets);
    }

    private async Task AddFigureAsync(string region, string authority, string? outlet)
    {
        await using var db = await _data.Factory.CreateDbContextAsync();
        var article = new Article
        {
            Text = "نص", ContentHash = $"added-{Guid.NewGuid():N}", CreatedAt = DateTime.UtcNow, Url = "https://example.org/added",
            Outlet = outlet is null ? null : new Outlet { Name = outlet },
        };
        var figure = ReviewTestData.Figures(1)[0];
        figure.Article = article;
        figure.Region = region;
        figure.Authority = authority;
        db.Add(figure);
        await db.SaveChangesAsync();
    }
}
